// Returns as the shopper's order page and the admin read them: each request with its status,
// lines, reason and refund; staff's queue across orders, oldest waiting first; and what the
// shopper's return form may offer (the deadline and the units left per line).
import type { Prisma, PrismaClient, ReturnStatus } from '@tandem/db';
import { NotFoundError, money, type Money } from '../../shared/index.ts';
import { quoteReturnRefund } from './refund-return.ts';
import type { ReturnView } from '../types.ts';
import { reasonText } from './return-emails.ts';
import { claimedUnits, returnDeadline, returnableUnits, type ReturnPolicy } from './return-policy.ts';

export const returnSelect = {
  id: true,
  status: true,
  reason: true,
  note: true,
  rejectionReason: true,
  requestedAt: true,
  decidedAt: true,
  receivedAt: true,
  refundedAt: true,
  refundAmount: true,
  refundsShipping: true,
  lines: { select: { orderLineId: true, quantity: true, restock: true, orderLine: { select: { productTitle: true, variantTitle: true, sku: true } } }, orderBy: { id: 'asc' } },
} satisfies Prisma.ReturnRequestSelect;

export type ReturnRow = Prisma.ReturnRequestGetPayload<{ select: typeof returnSelect }>;

/** A return in staff's queue, with its order. */
export interface ReturnQueueItem extends ReturnView {
  order: { id: string; number: string; email: string };
  /** For a received return not yet refunded: what the refund would be (goods; shipping when still refundable; at most what the payment holds). */
  refundQuote: { goods: Money; shipping: Money | null; atMost: Money } | null;
}

/** What the shopper's return form may offer: until when, and the units left per line. */
export interface ReturnOptions {
  /** The last moment to ask (ISO); null when the order cannot be returned (not shipped). */
  until: string | null;
  /** Whether the window is still open now. */
  open: boolean;
  lines: { lineId: string; title: string; returnable: number }[];
}

export function toReturnView(row: ReturnRow, currency: string): ReturnView {
  const moments = [row.requestedAt, row.decidedAt, row.receivedAt, row.refundedAt].filter((d): d is Date => d !== null);
  return {
    id: row.id,
    status: row.status,
    reason: row.reason,
    reasonText: reasonText(row.reason),
    note: row.note,
    rejectionReason: row.rejectionReason,
    requestedAt: row.requestedAt.toISOString(),
    updatedAt: new Date(Math.max(...moments.map((d) => d.getTime()))).toISOString(),
    lines: row.lines.map((l) => ({
      lineId: l.orderLineId,
      sku: l.orderLine.sku,
      title: l.orderLine.variantTitle ? `${l.orderLine.productTitle} (${l.orderLine.variantTitle})` : l.orderLine.productTitle,
      quantity: l.quantity,
      restock: l.restock,
    })),
    refund: row.refundAmount === null ? null : money(row.refundAmount, currency),
    refundsShipping: row.refundsShipping,
  };
}

/** Staff's queue: returns of one status (every open one when none is given), oldest first. */
export async function returnQueue(prisma: PrismaClient, status?: ReturnStatus, limit = 200): Promise<ReturnQueueItem[]> {
  const rows = await prisma.returnRequest.findMany({
    where: status ? { status } : { status: { in: ['REQUESTED', 'APPROVED', 'RECEIVED'] } },
    select: { ...returnSelect, order: { select: { id: true, number: true, email: true, currency: true } } },
    orderBy: [{ requestedAt: 'asc' }, { id: 'asc' }],
    take: limit,
  });
  const items: ReturnQueueItem[] = [];
  for (const { order, ...row } of rows) {
    const m = (amount: number) => money(amount, order.currency);
    const quote = row.status === 'RECEIVED' && row.refundAmount === null ? await quoteReturnRefund(prisma, row.id) : null;
    items.push({
      ...toReturnView(row, order.currency),
      order: { id: order.id, number: order.number, email: order.email },
      refundQuote: quote && { goods: m(quote.goods), shipping: quote.shippingRefunded || quote.shipping === 0 ? null : m(quote.shipping), atMost: m(quote.refundable) },
    });
  }
  return items;
}

/** What the return form of order `orderId` may offer now. */
export async function returnOptions(prisma: PrismaClient, orderId: string, policy: ReturnPolicy, now: Date): Promise<ReturnOptions> {
  const order = await prisma.order.findUnique({
    where: { id: orderId },
    select: {
      status: true,
      fulfilledAt: true,
      deliveredAt: true,
      lines: { select: { id: true, quantity: true, productTitle: true, variantTitle: true }, orderBy: { id: 'asc' } },
      returns: { select: { status: true, lines: { select: { orderLineId: true, quantity: true } } } },
    },
  });
  if (!order) throw new NotFoundError('order', orderId);
  const until = returnDeadline(order, policy);
  const left = returnableUnits(order.lines, claimedUnits(order.returns));
  return {
    until: until?.toISOString() ?? null,
    open: until !== null && now <= until,
    lines: order.lines.map((l) => ({ lineId: l.id, title: l.variantTitle ? `${l.productTitle} (${l.variantTitle})` : l.productTitle, returnable: left.get(l.id) ?? 0 })),
  };
}
