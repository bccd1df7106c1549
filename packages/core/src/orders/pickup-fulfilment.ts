// Staff hand over an order collected in store: "ready for pickup" (the shopper is e-mailed where
// and when to collect; allowed while a pay-on-pickup order is still unpaid) and "collected" (a
// paid order leaves the store: shipped and delivered in one step, with no carrier or tracking).
// Each is checked, made under the order's row lock, and audited in one transaction.
import type { Prisma } from '@tandem/db';
import { DomainError, NotFoundError } from '../shared/index.ts';
import { recordAudit, type StaffActor } from '../staff/index.ts';
import type { FulfilmentDeps } from './fulfil-order.ts';
import { publishOrderEvent } from './order-events.ts';
import { assertTransition } from './order-status.ts';
import { addTimelineEntry } from './order-timeline.ts';
import { pickupLocationOf } from './pickup-location.ts';

type Tx = Prisma.TransactionClient;

async function lockedPickupOrder(tx: Tx, orderId: string) {
  await tx.$queryRaw`SELECT id FROM "Order" WHERE id = ${orderId} FOR UPDATE`;
  const order = await tx.order.findUnique({
    where: { id: orderId },
    select: { id: true, status: true, pickupLocation: true, refundedAmount: true, totalAmount: true, events: { where: { type: 'ready_for_pickup' }, select: { id: true }, take: 1 } },
  });
  if (!order) throw new NotFoundError('order', orderId);
  const location = pickupLocationOf(order.pickupLocation);
  if (!location) throw new DomainError('conflict', 'This order is delivered, not collected in store: ship it with its tracking details instead.');
  return { ...order, location, announced: order.events.length > 0 };
}

/** Tells the shopper the order is ready to collect, once; unpaid pay-on-pickup orders too. */
export async function markReadyForPickup(deps: FulfilmentDeps, actor: StaffActor, orderId: string): Promise<void> {
  await deps.prisma.$transaction(async (tx) => {
    const order = await lockedPickupOrder(tx, orderId);
    if (order.status !== 'AWAITING_PAYMENT' && order.status !== 'PAID') throw new DomainError('conflict', 'Only an order that is still to be collected can be ready for pickup.');
    if (order.announced) return;
    const now = deps.now();
    await publishOrderEvent(tx, { type: 'ready_for_pickup', orderId, at: now.toISOString(), location: order.location }, { type: 'ready_for_pickup', at: now });
    await recordAudit(tx, actor, { action: 'orders.ready_for_pickup', entityType: 'Order', entityId: orderId, before: { status: order.status }, after: { status: order.status, readyForPickup: true } });
  });
}

/** The shopper collected a paid order: it moves through shipped to delivered at once. */
export async function markCollected(deps: FulfilmentDeps, actor: StaffActor, orderId: string): Promise<void> {
  await deps.prisma.$transaction(async (tx) => {
    const order = await lockedPickupOrder(tx, orderId);
    if (order.status === 'AWAITING_PAYMENT') throw new DomainError('conflict', 'Record the payment first (mark paid), then that it was collected.');
    assertTransition(order.status, 'FULFILLED');
    assertTransition('FULFILLED', 'DELIVERED');
    if (order.refundedAmount >= order.totalAmount) throw new DomainError('conflict', 'This order was refunded in full; there is nothing to hand over.');
    const now = deps.now();
    await tx.order.update({ where: { id: orderId, status: order.status }, data: { status: 'DELIVERED', fulfilledAt: now, deliveredAt: now } });
    await addTimelineEntry(tx, orderId, { type: 'collected', at: now });
    await recordAudit(tx, actor, { action: 'orders.collect', entityType: 'Order', entityId: orderId, before: { status: order.status }, after: { status: 'DELIVERED' } });
  });
}
