// A shopper asks to return items of a shipped order: which lines, how many units, why. Checked
// against the return window and against what earlier returns already claim, under a lock of
// the order row, so two requests at once cannot claim the same unit twice; a retried submit
// (same key) finds the return it made. The request is one transaction: the return, its lines,
// the timeline entry and the `return_updated` event that e-mails the shopper.
import type { PrismaClient } from '@tandem/db';
import type { ReturnReason } from '@tandem/validators';
import { DomainError, NotFoundError } from '../../shared/index.ts';
import { publishOrderEvent } from '../order-events.ts';
import { claimedUnits, returnDeadline, returnableUnits, type ReturnPolicy } from './return-policy.ts';

/** What the shopper asks for. */
export interface ReturnDraft {
  /** The same key always means the same return (a double submit makes one). */
  idempotencyKey: string;
  lines: readonly { lineId: string; quantity: number }[];
  reason: ReturnReason;
  note?: string | undefined;
}

/**
 * Records a return request of order `orderId` (the caller has checked it is the shopper's).
 * @returns the return's id, the same one for a replayed key.
 * @example await requestReturn(prisma, order.id, { idempotencyKey, lines: [{ lineId, quantity: 1 }], reason: 'does_not_fit' }, { windowDays: 30 }, now)
 */
export async function requestReturn(prisma: PrismaClient, orderId: string, draft: ReturnDraft, policy: ReturnPolicy, now: Date): Promise<{ id: string }> {
  return prisma.$transaction(async (tx) => {
    // The lock makes a concurrent request (or a replay of this one) wait and then see this one.
    await tx.$queryRaw`SELECT id FROM "Order" WHERE id = ${orderId} FOR UPDATE`;
    const existing = await tx.returnRequest.findUnique({ where: { orderId_idempotencyKey: { orderId, idempotencyKey: draft.idempotencyKey } }, select: { id: true } });
    if (existing) return existing;
    const order = await tx.order.findUnique({
      where: { id: orderId },
      select: { status: true, fulfilledAt: true, deliveredAt: true, lines: { select: { id: true, quantity: true, productTitle: true } }, returns: { select: { status: true, lines: { select: { orderLineId: true, quantity: true } } } } },
    });
    if (!order) throw new NotFoundError('order', orderId);
    const deadline = returnDeadline(order, policy);
    if (!deadline) throw new DomainError('conflict', 'Only an order that has been shipped can be returned.');
    if (now > deadline) throw new DomainError('conflict', `The return period of ${policy.windowDays} days for this order has ended.`);
    const left = returnableUnits(order.lines, claimedUnits(order.returns));
    const errors: string[] = [];
    for (const wanted of draft.lines) {
      const line = order.lines.find((l) => l.id === wanted.lineId);
      if (!line) throw new DomainError('invalid_input', 'One of the items is not on this order.', { lines: ['One of the items is not on this order'] });
      const most = left.get(line.id) ?? 0;
      if (wanted.quantity > most) errors.push(most === 0 ? `${line.productTitle} is already being returned` : `At most ${most} of ${line.productTitle} can be returned`);
    }
    if (errors.length) throw new DomainError('invalid_input', errors.join('; ') + '.', { lines: errors });
    const created = await tx.returnRequest.create({
      data: {
        orderId,
        idempotencyKey: draft.idempotencyKey,
        reason: draft.reason,
        note: draft.note || null,
        requestedAt: now,
        lines: { create: draft.lines.map((l) => ({ orderLineId: l.lineId, quantity: l.quantity })) },
      },
      select: { id: true },
    });
    const units = draft.lines.reduce((sum, l) => sum + l.quantity, 0);
    await publishOrderEvent(
      tx,
      { type: 'return_updated', orderId, at: now.toISOString(), returnId: created.id, status: 'REQUESTED' },
      { type: 'return_requested', data: { returnId: created.id, units, reason: draft.reason }, at: now },
    );
    return created;
  });
}
