// The customer's side of orders, bound to one database: their own orders, newest first, and one
// of them by id (another customer's order id is NOT_FOUND, never someone else's order), and the
// documents of a guest's order through its link.
import type { PrismaClient } from '@tandem/db';
import { DomainError } from '../shared/index.ts';
import { orderIdForGuestToken } from './guest-access.ts';
import { orderForCustomer, ordersOfCustomer } from './order-views.ts';
import { documentFile, orderDocuments } from './invoices/document-views.ts';
import type { DocumentSequence } from './invoices/document-counter.ts';

/**
 * A signed-in customer's orders. Created once per process.
 *
 * @example const orders = createOrderService(prisma); await orders.byId(customer.id, orderId)
 */
export function createOrderService(prisma: PrismaClient, now: () => Date = () => new Date()) {
  const guestOrderId = async (token: string) => {
    const orderId = await orderIdForGuestToken(prisma, token, now());
    if (!orderId) throw new DomainError('not_found', 'This order link is not valid or has expired.');
    return orderId;
  };
  return {
    list: (customerId: string) => ordersOfCustomer(prisma, customerId),
    byId: (customerId: string, orderId: string) => orderForCustomer(prisma, customerId, orderId),
    /** The invoice and credit notes of one of the customer's orders. */
    documents: (customerId: string, orderId: string) => orderDocuments(prisma, orderId, customerId),
    /** The PDF of an invoice or credit note of one of the customer's orders. */
    documentFile: (customerId: string, ref: { kind: DocumentSequence; id: string }) => documentFile(prisma, ref, customerId),
    /** The invoice and credit notes of the order a guest link opens. */
    guestDocuments: async (token: string) => orderDocuments(prisma, await guestOrderId(token)),
    /** One of them as a PDF. */
    guestDocumentFile: async (token: string, ref: { kind: DocumentSequence; id: string }) => documentFile(prisma, ref, undefined, await guestOrderId(token)),
  };
}

export type OrderService = ReturnType<typeof createOrderService>;
