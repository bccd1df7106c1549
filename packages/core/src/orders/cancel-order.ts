import type { OrderStatus, Prisma, PrismaClient } from '@tandem/db';
import { DomainError, NotFoundError } from '../shared/index.ts';
import { assertTransition } from './order-status.ts';
import { releaseStockOnce } from './release-stock.ts';
import { releaseRedemptions } from '../pricing/index.ts';
import { publishOrderEvent } from './order-events.ts';

/**
 * Cancels an order and releases its stock and promotion redemptions, in one transaction, and
 * publishes its `cancelled` event (what was earned on it is clawed back by its subscribers).
 * `reason` is written for the shopper: their cancellation e-mail says it.
 * Cancelling twice is a no-op.
 * `afterCancel` runs inside that transaction once the order moved (the admin's audit entry).
 */
export async function cancelOrder(
  prisma: PrismaClient,
  orderId: string,
  reason: string,
  now = new Date(),
  afterCancel?: (tx: Prisma.TransactionClient, from: OrderStatus) => Promise<void>,
): Promise<void> {
  await prisma.$transaction((tx) => cancelOrderWithin(tx, orderId, reason, now, afterCancel));
}

/**
 * `cancelOrder` inside the caller's transaction, for workflows that must lock their own rows
 * first (a group buy locks its deal before cancelling a participant's order). Returns whether
 * this call moved the order.
 */
export async function cancelOrderWithin(
  tx: Prisma.TransactionClient,
  orderId: string,
  reason: string,
  now: Date,
  afterCancel?: (tx: Prisma.TransactionClient, from: OrderStatus) => Promise<void>,
): Promise<boolean> {
  return (await moveToCancelled(tx, orderId, reason, now, { afterCancel })) !== null;
}

/** How a cancellation goes beyond the common moves. */
export interface CancelOptions {
  afterCancel?: ((tx: Prisma.TransactionClient, from: OrderStatus) => Promise<void>) | undefined;
  /** The caller refunds the payment in full right after (the shopper's cancel), so a paid order may be cancelled first. */
  refundFollows?: boolean;
  /** Who cancelled, for the timeline (`shopper`; staff are in the audit log). */
  by?: string;
}

/**
 * The cancellation itself, in the caller's transaction: status, stock, redemptions, event.
 * Returns the status it moved from, or null when this call did not move it.
 */
export async function moveToCancelled(tx: Prisma.TransactionClient, orderId: string, reason: string, now: Date, options: CancelOptions = {}): Promise<OrderStatus | null> {
  const order = await tx.order.findUnique({ where: { id: orderId }, select: { status: true, totalAmount: true, refundedAmount: true } });
  if (!order) throw new NotFoundError('order', orderId);
  if (order.status === 'CANCELLED') return null;
  assertTransition(order.status, 'CANCELLED');
  const refundFollows = order.status === 'PAID' && order.refundedAmount < order.totalAmount;
  if (refundFollows && !options.refundFollows) {
    throw new DomainError('conflict', 'This order is paid: refund the payment in full before cancelling it.');
  }
  const moved = await tx.order.updateMany({ where: { id: orderId, status: order.status }, data: { status: 'CANCELLED', cancelledAt: now } });
  if (moved.count === 0) return null; // someone else moved it first; their transaction decided
  await releaseStockOnce(tx, orderId, now);
  await releaseRedemptions(tx, orderId, now);
  const data = { reason, ...(options.by ? { by: options.by } : {}), ...(refundFollows ? { refundFollows: true } : {}) };
  await publishOrderEvent(tx, { type: 'cancelled', orderId, at: now.toISOString(), reason }, { type: 'cancelled', data });
  await options.afterCancel?.(tx, order.status);
  return order.status;
}

/** Cancels unpaid orders whose stock reservation has run out; returns how many. */
export async function expireUnpaidOrders(prisma: PrismaClient, now = new Date()): Promise<number> {
  const expired = await prisma.order.findMany({
    where: { status: 'AWAITING_PAYMENT', reservationExpiresAt: { lt: now } },
    select: { id: true },
    take: 500,
  });
  for (const { id } of expired) await cancelOrder(prisma, id, 'Payment did not arrive in time; the reservation expired.', now);
  return expired.length;
}
