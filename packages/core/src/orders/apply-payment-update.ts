// Drives an order's payment state from the payment provider's word: a verified webhook event
// or an admin marking an offline payment received. Replays have one effect, and the order of
// arrival does not matter: a payment's state only moves forward (payment-progress.ts) and its
// refunded amount only grows. A payment that arrives or a refund that moves publishes the
// order's `paid` / `refunded` event (commissions and e-mails follow from it).
import type { PaymentState, PrismaClient } from '@tandem/db';
import { NotFoundError } from '../shared/index.ts';
import { canTransition } from './order-status.ts';
import { advancePayment, grownRefund, type PaymentProgress } from './payment-progress.ts';
import { publishOrderEvent } from './order-events.ts';
import { addTimelineEntry } from './order-timeline.ts';
import { issueCreditNote, issueInvoice } from './invoices/issue-documents.ts';

export interface PaymentUpdate {
  provider: string;
  providerRef: string;
  /** The payment's new state; absent for events that only move the refunded amount. */
  state?: PaymentState | undefined;
  /** The provider's event id; the same id is applied once however often it is delivered. */
  eventId?: string | undefined;
  eventType?: string | undefined;
  /** When the provider says this happened; orders it against other events of the same stage. */
  occurredAt: Date;
  amountRefunded?: number | undefined;
  /** The return a refund pays back (staff refunding a return), carried on the `refunded` event. */
  returnId?: string | undefined;
  /** The provider's fingerprint of the means of payment, when it gives one (kept on the payment). */
  paymentFingerprint?: string | null | undefined;
}

/** `stale`: the update tells nothing the payment does not already know (an older or earlier state, a smaller refund). */
export type PaymentUpdateResult = 'applied' | 'duplicate' | 'stale';

interface LockedPayment extends PaymentProgress {
  id: string;
  orderId: string;
}

/**
 * Applies a provider's word about a payment in its own transaction. The state only moves
 * forward, whatever the order of arrival; the refunded amount only grows (`advancePayment`).
 */
export async function applyPaymentUpdate(prisma: PrismaClient, update: PaymentUpdate): Promise<PaymentUpdateResult> {
  return prisma.$transaction(async (tx) => {
    if (update.eventId) {
      const receipt = await tx.$executeRaw`
        INSERT INTO "PaymentEventReceipt" (provider, "eventId", type) VALUES (${update.provider}, ${update.eventId}, ${update.eventType ?? update.state ?? 'update'})
        ON CONFLICT DO NOTHING`;
      if (receipt === 0) return 'duplicate';
    }
    // Lock the payment row so concurrent deliveries of different events apply one at a time.
    const [payment] = await tx.$queryRaw<LockedPayment[]>`
      SELECT id, "orderId", state, "stateChangedAt", amount, "refundedAmount" FROM "Payment"
      WHERE provider = ${update.provider} AND "providerRef" = ${update.providerRef} FOR UPDATE`;
    if (!payment) throw new NotFoundError('payment', update.providerRef);
    const advance = advancePayment({ ...payment, stateChangedAt: new Date(payment.stateChangedAt) }, update);
    if (!advance) return 'stale';
    const { state, refundMoved, refundedAmount: refunded } = advance;

    await tx.payment.update({
      where: { id: payment.id },
      data: {
        ...(state ? { state, stateChangedAt: advance.stateChangedAt } : {}),
        ...(refundMoved ? { refundedAmount: refunded } : {}),
        ...(state && update.paymentFingerprint ? { fingerprint: update.paymentFingerprint } : {}),
      },
    });
    const order = await tx.order.findUniqueOrThrow({ where: { id: payment.orderId }, select: { id: true, status: true, totalAmount: true, refundedAmount: true } });
    const at = update.occurredAt.toISOString();
    const refundEvent = { type: 'refunded', orderId: order.id, at, amount: refunded - payment.refundedAmount, refundedTotal: refunded, ...(update.returnId ? { returnId: update.returnId } : {}) } as const;
    if (refundMoved) {
      await tx.order.update({ where: { id: order.id }, data: { refundedAmount: grownRefund(order.refundedAmount, refunded, order.totalAmount) } });
    }
    // The timeline gets one entry per update; the `refunded` event rides on it (published first,
    // as the refund was applied before the payment moved).
    if (state === 'SUCCEEDED' && order.status === 'AWAITING_PAYMENT' && canTransition(order.status, 'PAID')) {
      await tx.order.update({ where: { id: order.id }, data: { status: 'PAID', paidAt: update.occurredAt } });
      // The invoice's number is taken here, so it commits (or rolls back) with the payment.
      await issueInvoice(tx, order.id, update.occurredAt);
      if (refundMoved) await issueCreditNote(tx, refundEvent, update.occurredAt);
      if (refundMoved) await publishOrderEvent(tx, refundEvent, null);
      await publishOrderEvent(tx, { type: 'paid', orderId: order.id, at }, { type: 'paid', data: { provider: update.provider, providerRef: update.providerRef } });
      return 'applied';
    }
    const entry =
      state === 'SUCCEEDED' && order.status === 'CANCELLED'
        ? // Money arrived for an order whose reservation already expired: an admin must refund or revive it.
          { type: 'paid_after_cancel', data: { providerRef: update.providerRef } }
        : { type: state ? `payment_${state.toLowerCase()}` : 'refund_updated', data: { providerRef: update.providerRef, refunded: refundMoved ? refunded : null } };
    if (refundMoved) {
      await issueCreditNote(tx, refundEvent, update.occurredAt);
      await publishOrderEvent(tx, refundEvent, entry);
    } else await addTimelineEntry(tx, order.id, entry);
    return 'applied';
  });
}
