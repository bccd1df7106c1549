// The order in which a payment's states follow each other, so that provider events applied in
// any order of arrival never move a payment backwards. Providers deliver at least once and out
// of order, and Stripe's timestamps are whole seconds: a timestamp alone cannot tell which of two
// same-second events came last. The stage of a state decides first; time only orders events of
// one stage, and a fixed precedence settles a tie within the same second.
import type { PaymentState } from '@tandem/db';

/**
 * Stage 0 is an attempt in flight: the shopper may act, the provider may process, and a failed
 * attempt may be retried on the same payment (the storefront offers the payment form again for
 * FAILED), so these states follow each other in time. AUTHORIZED holds the money (manual
 * capture). SUCCEEDED and CANCELED are final: refunds move an amount, never the state.
 * `tie` orders same-second events of one stage: an attempt ends after it started.
 */
const PROGRESS: Record<PaymentState, { stage: 0 | 1 | 2; tie: number }> = {
  PENDING: { stage: 0, tie: 0 },
  REQUIRES_ACTION: { stage: 0, tie: 1 },
  PROCESSING: { stage: 0, tie: 2 },
  FAILED: { stage: 0, tie: 3 },
  AUTHORIZED: { stage: 1, tie: 0 },
  SUCCEEDED: { stage: 2, tie: 0 },
  CANCELED: { stage: 2, tie: 0 },
};

/** A payment's state as of a moment: what is stored, or what an event reports. */
export interface PaymentStateAt {
  state: PaymentState;
  at: Date;
}

/** Whether a final state: money taken (refunds only raise the refunded amount) or released. */
function isFinalPaymentState(state: PaymentState): boolean {
  return PROGRESS[state].stage === 2;
}

/**
 * Whether a payment in state `from` can ever be in state `to` later: never out of a final
 * state, never back to an earlier stage. Within the in-flight stage every move is possible.
 * @example canMoveTo('SUCCEEDED', 'PROCESSING') // false
 */
export function canMoveTo(from: PaymentState, to: PaymentState): boolean {
  if (from === to) return true;
  if (isFinalPaymentState(from)) return false;
  return PROGRESS[to].stage >= PROGRESS[from].stage;
}

/**
 * Whether an event reporting `next` should replace the stored `current`: a move forward in
 * stage always does, whatever the clocks say; a move back never does; within one stage the
 * later event wins and, in the same instant, the state that comes later in an attempt.
 * Re-reporting the stored state at the same or a later time is accepted (it has no effect on
 * the state itself).
 * @example supersedes({ state: 'SUCCEEDED', at: t }, { state: 'PROCESSING', at: t }) // false
 */
export function supersedes(current: PaymentStateAt, next: PaymentStateAt): boolean {
  if (!canMoveTo(current.state, next.state)) return false;
  const byStage = PROGRESS[next.state].stage - PROGRESS[current.state].stage;
  if (byStage !== 0) return byStage > 0;
  const byTime = next.at.getTime() - current.at.getTime();
  if (byTime !== 0) return byTime > 0;
  return PROGRESS[next.state].tie >= PROGRESS[current.state].tie;
}

/**
 * The refunded amount after a provider reports a cumulative `reported` total: refunds only
 * add up, so a late report of a smaller total never lowers what is known, and the total never
 * exceeds what was paid (`cap`).
 */
export function grownRefund(current: number, reported: number, cap: number): number {
  return Math.max(current, Math.min(reported, cap));
}

/** What is stored of a payment's progress. */
export interface PaymentProgress {
  state: PaymentState;
  /** When the latest state event applied happened (by the provider's clock). */
  stateChangedAt: Date;
  amount: number;
  refundedAmount: number;
}

/** What one provider event reports; a refund-only event has no state. */
export interface PaymentReport {
  state?: PaymentState | undefined;
  occurredAt: Date;
  /** The cumulative refunded amount, when the event carries it. */
  amountRefunded?: number | undefined;
}

/** What a report changes: the state it moves to (or re-reports), and whether the refund grew. */
export interface PaymentAdvance {
  state: PaymentState | null;
  stateChangedAt: Date;
  refundedAmount: number;
  refundMoved: boolean;
}

/**
 * The payment's progress after a report, or null when the report tells nothing new (a state
 * that does not supersede the stored one, a refund total that is not larger). Applying the
 * events of one payment in any order of arrival ends in the same state and refund, as long
 * as a retried attempt starts at least a second after the failure (payment-progress.test.ts).
 */
export function advancePayment(current: PaymentProgress, report: PaymentReport): PaymentAdvance | null {
  const next = report.state;
  const accepted = next !== undefined && supersedes({ state: current.state, at: current.stateChangedAt }, { state: next, at: report.occurredAt });
  const refundedAmount = report.amountRefunded === undefined ? current.refundedAmount : grownRefund(current.refundedAmount, report.amountRefunded, current.amount);
  const refundMoved = refundedAmount > current.refundedAmount;
  if (!accepted && !refundMoved) return null;
  return {
    state: accepted ? next : null,
    // A forward move reported by an older clock keeps the later time, so same-stage events stay ordered.
    stateChangedAt: accepted ? new Date(Math.max(report.occurredAt.getTime(), current.stateChangedAt.getTime())) : current.stateChangedAt,
    refundedAmount,
    refundMoved,
  };
}
