import type { PaymentState } from '@tandem/db';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { advancePayment, canMoveTo, supersedes, type PaymentProgress } from './payment-progress.ts';
import { deliveries, paymentSequence, type SequencedEvent } from './testing/payment-sequences.ts';

const STATES: PaymentState[] = ['PENDING', 'REQUIRES_ACTION', 'PROCESSING', 'FAILED', 'AUTHORIZED', 'SUCCEEDED', 'CANCELED'];
const t = new Date('2026-12-06T12:00:00Z');
const later = new Date(t.getTime() + 1_000);

function replay(amount: number, events: SequencedEvent[]): PaymentProgress {
  let progress: PaymentProgress = { state: 'PENDING', stateChangedAt: new Date(0), amount, refundedAmount: 0 };
  for (const event of events) {
    const advance = advancePayment(progress, { state: event.state, occurredAt: new Date(event.at * 1_000), amountRefunded: event.amountRefunded });
    if (advance) progress = { ...progress, ...advance, state: advance.state ?? progress.state };
  }
  return progress;
}

describe('canMoveTo', () => {
  it('never leaves a final state for another', () => {
    for (const from of ['SUCCEEDED', 'CANCELED'] as const) {
      for (const to of STATES) expect(canMoveTo(from, to)).toBe(to === from);
    }
  });

  it('never goes back from an authorisation to an attempt in flight', () => {
    for (const to of ['PENDING', 'REQUIRES_ACTION', 'PROCESSING', 'FAILED'] as const) expect(canMoveTo('AUTHORIZED', to)).toBe(false);
    expect(canMoveTo('AUTHORIZED', 'SUCCEEDED')).toBe(true);
    expect(canMoveTo('AUTHORIZED', 'CANCELED')).toBe(true);
  });

  it('lets a failed attempt be retried on the same payment', () => {
    for (const to of STATES) expect(canMoveTo('FAILED', to)).toBe(true);
  });
});

describe('supersedes', () => {
  it('keeps a succeeded payment when a processing event of the same second arrives after it', () => {
    expect(supersedes({ state: 'SUCCEEDED', at: t }, { state: 'PROCESSING', at: t })).toBe(false);
    expect(supersedes({ state: 'SUCCEEDED', at: t }, { state: 'PROCESSING', at: later })).toBe(false);
  });

  it('moves forward in stage whatever the clocks say', () => {
    expect(supersedes({ state: 'PROCESSING', at: later }, { state: 'SUCCEEDED', at: t })).toBe(true);
    expect(supersedes({ state: 'FAILED', at: later }, { state: 'AUTHORIZED', at: t })).toBe(true);
  });

  it('orders attempts in flight by time, and a same-second tie by how far the attempt got', () => {
    expect(supersedes({ state: 'FAILED', at: t }, { state: 'PROCESSING', at: later })).toBe(true);
    expect(supersedes({ state: 'FAILED', at: t }, { state: 'PROCESSING', at: t })).toBe(false);
    expect(supersedes({ state: 'PROCESSING', at: t }, { state: 'FAILED', at: t })).toBe(true);
    expect(supersedes({ state: 'PROCESSING', at: t }, { state: 'REQUIRES_ACTION', at: t })).toBe(false);
    expect(supersedes({ state: 'PROCESSING', at: later }, { state: 'FAILED', at: t })).toBe(false);
  });

  it('accepts the stored state reported again, but not from an older event', () => {
    expect(supersedes({ state: 'SUCCEEDED', at: t }, { state: 'SUCCEEDED', at: t })).toBe(true);
    expect(supersedes({ state: 'SUCCEEDED', at: later }, { state: 'SUCCEEDED', at: t })).toBe(false);
  });
});

describe('advancePayment', () => {
  const paid: PaymentProgress = { state: 'SUCCEEDED', stateChangedAt: t, amount: 1_000, refundedAmount: 600 };

  it('never lowers the refunded amount when a smaller total arrives late', () => {
    expect(advancePayment(paid, { occurredAt: later, amountRefunded: 300 })).toBeNull();
    expect(advancePayment(paid, { state: 'SUCCEEDED', occurredAt: later, amountRefunded: 300 })).toMatchObject({ refundedAmount: 600, refundMoved: false });
  });

  it('raises the refunded amount up to what was paid, whatever the event time', () => {
    expect(advancePayment(paid, { occurredAt: new Date(0), amountRefunded: 5_000 })).toEqual({ state: null, stateChangedAt: t, refundedAmount: 1_000, refundMoved: true });
  });

  it('ends in the state and refund where the events left it, whatever the order of arrival and however often each arrives', () => {
    fc.assert(
      fc.property(
        paymentSequence.chain((sequence) => deliveries(sequence).map((delivered) => ({ sequence, delivered }))),
        ({ sequence, delivered }) => {
          const end = replay(sequence.amount, delivered);
          expect(end.state).toBe(sequence.finalState);
          expect(end.refundedAmount).toBe(sequence.finalRefunded);
        },
      ),
      { numRuns: 2_000 },
    );
  });

  it('the events in their own order end where the sequence says (the generator is sound)', () => {
    fc.assert(
      fc.property(paymentSequence, (sequence) => {
        expect(replay(sequence.amount, sequence.events)).toMatchObject({ state: sequence.finalState, refundedAmount: sequence.finalRefunded });
      }),
    );
  });
});
