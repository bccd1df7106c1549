// Test helpers: realistic sequences of one payment's provider events, as Stripe sends them, with
// whole-second timestamps that often coincide. Property tests deliver them in every order.
import type { PaymentState } from '@tandem/db';
import fc from 'fast-check';

/** One provider event: a state, a cumulative refunded amount, or both. `at` is in whole seconds. */
export interface SequencedEvent {
  /** The provider's event id: a replay carries the same one. */
  id: string;
  state?: PaymentState;
  amountRefunded?: number;
  at: number;
}

/** A payment's events in the order they happened, and where they leave it. */
export interface PaymentSequence {
  amount: number;
  events: SequencedEvent[];
  finalState: PaymentState;
  finalRefunded: number;
}

/** An attempt: the shopper may be asked to authenticate, then the provider processes. */
const attemptStart = fc.boolean().map((action): PaymentState[] => (action ? ['REQUIRES_ACTION', 'PROCESSING'] : ['PROCESSING']));

/** How the payment ends: still in flight, failed (retryable), authorised, taken or released. */
const ending = fc.constantFrom<PaymentState[]>(
  ['REQUIRES_ACTION'],
  ['PROCESSING'],
  ['PROCESSING', 'FAILED'],
  ['PROCESSING', 'SUCCEEDED'],
  ['SUCCEEDED'],
  ['AUTHORIZED'],
  ['AUTHORIZED', 'SUCCEEDED'],
  ['AUTHORIZED', 'CANCELED'],
  ['CANCELED'],
);

/**
 * Failed attempts (each retried by the shopper at least a second later), a last attempt, then
 * partial refunds of a succeeded payment. Events of one attempt and refunds may share a second.
 */
export const paymentSequence: fc.Arbitrary<PaymentSequence> = fc
  .record({
    amount: fc.integer({ min: 100, max: 100_000 }),
    failedAttempts: fc.array(attemptStart, { maxLength: 2 }),
    lastStart: fc.option(attemptStart, { nil: undefined }),
    ending,
    gaps: fc.array(fc.integer({ min: 0, max: 2 }), { minLength: 20, maxLength: 20 }),
    refundShares: fc.array(fc.integer({ min: 1, max: 40 }), { maxLength: 3 }),
  })
  .map(({ amount, failedAttempts, lastStart, ending, gaps, refundShares }) => {
    const events: SequencedEvent[] = [];
    let at = 1;
    let gap = 0;
    const push = (event: Omit<SequencedEvent, 'at' | 'id'>, atLeast = 0) => {
      at += Math.max(gaps[gap++ % gaps.length]!, atLeast);
      events.push({ ...event, id: `evt_${events.length}`, at });
    };
    for (const attempt of failedAttempts) {
      attempt.forEach((state, i) => push({ state }, i === 0 && events.length > 0 ? 1 : 0));
      push({ state: 'FAILED' });
    }
    // A last attempt still waiting for the shopper has not reached the provider yet.
    const last = ending[0] === 'REQUIRES_ACTION' ? ending : [...(lastStart ?? []), ...ending];
    last.forEach((state, i) => push({ state }, i === 0 && events.length > 0 ? 1 : 0));
    const finalState = ending.at(-1)!;
    let refunded = 0;
    if (finalState === 'SUCCEEDED') {
      for (const share of refundShares) {
        refunded = Math.min(amount, refunded + Math.ceil((amount * share) / 100));
        push({ amountRefunded: refunded });
      }
    }
    return { amount, events, finalState, finalRefunded: refunded };
  });

/** Some order of delivery of a sequence's events, each possibly delivered more than once. */
export function deliveries(sequence: PaymentSequence): fc.Arbitrary<SequencedEvent[]> {
  return fc
    .shuffledSubarray(sequence.events, { minLength: sequence.events.length, maxLength: sequence.events.length })
    .chain((shuffled) => fc.array(fc.constantFrom(...shuffled), { maxLength: 3 }).map((replays) => [...shuffled, ...replays]));
}
