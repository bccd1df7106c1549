import type { Prisma, PrismaClient } from '@tandem/db';
import { stepsFromJson } from '../pricing/index.ts';
import { toOptionValues } from '../catalog/index.ts';
import { readSnapshot } from '../configurator/index.ts';
import { NotFoundError, money } from '../shared/index.ts';
import { refundState } from './order-status.ts';
import type { OrderView } from './types.ts';
import { refundsOf, shipmentOf } from './shipment-view.ts';
import { returnSelect, toReturnView } from './returns/return-views.ts';
import { pickupLocationOf } from './pickup-location.ts';
import { howToPayOf } from './payment-instructions.ts';

export const orderSelect = {
  id: true,
  number: true,
  status: true,
  email: true,
  createdAt: true,
  currency: true,
  pricesIncludeTax: true,
  subtotalAmount: true,
  discountAmount: true,
  shippingAmount: true,
  taxAmount: true,
  totalAmount: true,
  refundedAmount: true,
  shippingMethodName: true,
  shippingAddress: true,
  reservationExpiresAt: true,
  fulfilledAt: true,
  trackingNumber: true,
  paymentMethod: true,
  paymentReference: true,
  paymentInstructions: true,
  pickupLocation: true,
  lines: { select: { id: true, sku: true, productTitle: true, variantTitle: true, optionValues: true, quantity: true, unitPriceAmount: true, lineTotalAmount: true, configuration: true, explanation: true }, orderBy: { id: 'asc' } },
  payments: { select: { provider: true, state: true, clientSecret: true }, orderBy: { createdAt: 'desc' }, take: 1 },
  events: { select: { type: true, createdAt: true, data: true }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] },
  returns: { select: returnSelect, orderBy: [{ requestedAt: 'asc' }, { id: 'asc' }] },
} satisfies Prisma.OrderSelect;

export type OrderRow = Prisma.OrderGetPayload<{ select: typeof orderSelect }>;

/** An order as recording it wrote it: everything of its row but the payment and the returns (it has none yet). */
export type WrittenOrder = Omit<OrderRow, 'payments' | 'returns'>;

/**
 * The view of an order this request has just recorded and started the payment of, built from
 * what was written instead of read back (four statements on the hottest write). Only while
 * nothing else can have changed it: the payment as it was recorded, still pending.
 */
export function placedOrderView(written: WrittenOrder, payment: OrderRow['payments'][number]): OrderView {
  return toOrderView({ ...written, payments: [payment], returns: [] });
}

/** One of the customer's own orders; anyone else's order id is NOT_FOUND, never FORBIDDEN. */
export async function orderForCustomer(prisma: PrismaClient, customerId: string, orderId: string): Promise<OrderView> {
  // Returns are read only when there are some: Prisma reads a nested relation (and its own
  // nested ones) with queries of their own even when it is empty, and most orders have none.
  const { returns: _returns, ...withoutReturns } = orderSelect;
  const row = await prisma.order.findFirst({ where: { id: orderId, customerId }, select: { ...withoutReturns, _count: { select: { returns: true } } } });
  if (!row) throw new NotFoundError('order', orderId);
  const { _count, ...order } = row;
  const returns = _count.returns ? await prisma.returnRequest.findMany({ where: { orderId }, select: returnSelect, orderBy: orderSelect.returns.orderBy }) : [];
  return toOrderView({ ...order, returns });
}

/** The customer's orders, newest first. */
export async function ordersOfCustomer(prisma: PrismaClient, customerId: string, limit = 50): Promise<OrderView[]> {
  const rows = await prisma.order.findMany({ where: { customerId }, select: orderSelect, orderBy: [{ createdAt: 'desc' }, { id: 'desc' }], take: limit });
  return rows.map(toOrderView);
}

export function toOrderView(row: OrderRow): OrderView {
  const m = (amount: number) => money(amount, row.currency);
  const payment = row.payments[0];
  return {
    id: row.id,
    number: row.number,
    status: row.status,
    refund: refundState(row.totalAmount, row.refundedAmount),
    email: row.email,
    placedAt: row.createdAt.toISOString(),
    pricesIncludeTax: row.pricesIncludeTax,
    subtotal: m(row.subtotalAmount),
    discount: m(row.discountAmount),
    shipping: m(row.shippingAmount),
    tax: m(row.taxAmount),
    total: m(row.totalAmount),
    refunded: m(row.refundedAmount),
    shippingMethod: row.shippingMethodName,
    shippingAddress: toOptionValues(row.shippingAddress),
    reservationExpiresAt: row.reservationExpiresAt.toISOString(),
    lines: row.lines.map((l) => ({
      id: l.id,
      sku: l.sku,
      productTitle: l.productTitle,
      variantTitle: l.variantTitle,
      optionValues: toOptionValues(l.optionValues),
      quantity: l.quantity,
      unitPrice: m(l.unitPriceAmount),
      lineTotal: m(l.lineTotalAmount),
      configuration: readSnapshot(l.configuration),
      explanation: stepsFromJson(l.explanation),
    })),
    payment: payment ? { provider: payment.provider, state: payment.state, clientSecret: payment.state === 'SUCCEEDED' ? null : payment.clientSecret } : null,
    howToPay: howToPayOf(row),
    pickup: pickupLocationOf(row.pickupLocation),
    timeline: row.events.map((e) => ({ type: e.type, at: e.createdAt.toISOString() })),
    shipment: shipmentOf(row, row.events),
    refunds: refundsOf(row.events.map((e) => ({ ...e, at: e.createdAt }))).map((r) => ({ amount: m(r.amount), at: r.at.toISOString() })),
    returns: row.returns.map((r) => toReturnView(r, row.currency)),
    canCancel: (row.status === 'AWAITING_PAYMENT' || row.status === 'PAID') && !row.events.some((e) => e.type === 'group_buy_joined'),
  };
}
