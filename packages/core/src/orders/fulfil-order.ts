// Staff move an order through shipping: fulfilled (with carrier and tracking number; its
// `fulfilled` event e-mails the shopper) and delivered. Each move is checked against the state machine, made with a
// conditional update (a concurrent move cannot happen twice), and audited — in one transaction.
import type { OrderStatus, Prisma, PrismaClient } from '@tandem/db';
import type { FulfilOrderInput } from '@tandem/validators';
import { DomainError, NotFoundError } from '../shared/index.ts';
import { recordAudit, type StaffActor } from '../staff/index.ts';
import { publishOrderEvent } from './order-events.ts';
import { assertTransition } from './order-status.ts';
import { addTimelineEntry } from './order-timeline.ts';
import type { Shipment } from './types.ts';

type Tx = Prisma.TransactionClient;

const snapshotSelect = { id: true, number: true, email: true, status: true, trackingNumber: true, fulfilledAt: true, deliveredAt: true, refundedAmount: true, totalAmount: true } as const;

async function lockedOrder(tx: Tx, orderId: string) {
  // Row lock: two staff members fulfilling at once queue here; the second sees the new status.
  await tx.$queryRaw`SELECT id FROM "Order" WHERE id = ${orderId} FOR UPDATE`;
  const order = await tx.order.findUnique({ where: { id: orderId }, select: snapshotSelect });
  if (!order) throw new NotFoundError('order', orderId);
  return order;
}

async function move(tx: Tx, orderId: string, from: OrderStatus, data: Prisma.OrderUpdateInput) {
  await tx.order.update({ where: { id: orderId, status: from }, data });
  return tx.order.findUniqueOrThrow({ where: { id: orderId }, select: snapshotSelect });
}

export interface FulfilmentDeps {
  prisma: PrismaClient;
  now: () => Date;
}

export async function fulfilOrder(deps: FulfilmentDeps, actor: StaffActor, input: FulfilOrderInput): Promise<void> {
  await deps.prisma.$transaction(async (tx) => {
    const before = await lockedOrder(tx, input.id);
    assertTransition(before.status, 'FULFILLED');
    if (before.refundedAmount >= before.totalAmount) throw new DomainError('conflict', 'This order was refunded in full; there is nothing to ship.');
    const now = deps.now();
    const after = await move(tx, input.id, before.status, { status: 'FULFILLED', fulfilledAt: now, trackingNumber: input.trackingNumber });
    const shipment: Shipment = { carrier: input.carrier, trackingNumber: input.trackingNumber, trackingUrl: input.trackingUrl ?? null };
    await publishOrderEvent(tx, { type: 'fulfilled', orderId: input.id, at: now.toISOString(), shipment }, { type: 'fulfilled', data: shipment, at: now });
    await recordAudit(tx, actor, { action: 'orders.fulfil', entityType: 'Order', entityId: input.id, before, after: { ...after, carrier: input.carrier } });
  });
}

export async function markOrderDelivered(deps: FulfilmentDeps, actor: StaffActor, orderId: string): Promise<void> {
  await deps.prisma.$transaction(async (tx) => {
    const before = await lockedOrder(tx, orderId);
    assertTransition(before.status, 'DELIVERED');
    const now = deps.now();
    const after = await move(tx, orderId, before.status, { status: 'DELIVERED', deliveredAt: now });
    await addTimelineEntry(tx, orderId, { type: 'delivered', at: now });
    await recordAudit(tx, actor, { action: 'orders.deliver', entityType: 'Order', entityId: orderId, before, after });
  });
}
