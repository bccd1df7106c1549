// The customer's side of orders, bound to one database: their own orders, newest first, and one
// of them by id (another customer's order id is NOT_FOUND, never someone else's order).
import type { PrismaClient } from '@tandem/db';
import { orderForCustomer, ordersOfCustomer } from './order-views.ts';
import { documentFile, orderDocuments } from './invoices/document-views.ts';
import type { DocumentSequence } from './invoices/document-counter.ts';

/**
 * A signed-in customer's orders. Created once per process.
 *
 * @example const orders = createOrderService(prisma); await orders.byId(customer.id, orderId)
 */
export function createOrderService(prisma: PrismaClient) {
  return {
    list: (customerId: string) => ordersOfCustomer(prisma, customerId),
    byId: (customerId: string, orderId: string) => orderForCustomer(prisma, customerId, orderId),
    /** The invoice and credit notes of one of the customer's orders. */
    documents: (customerId: string, orderId: string) => orderDocuments(prisma, orderId, customerId),
    /** The PDF of an invoice or credit note of one of the customer's orders. */
    documentFile: (customerId: string, ref: { kind: DocumentSequence; id: string }) => documentFile(prisma, ref, customerId),
  };
}

export type OrderService = ReturnType<typeof createOrderService>;
