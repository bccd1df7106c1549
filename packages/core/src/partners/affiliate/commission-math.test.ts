import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { commissionAfterRefunds, earnedCommission, goodsPaid } from './commission-math.ts';
import type { CommissionRate } from './commission-rules.ts';

const percent = fc.integer({ min: 0, max: 10_000 }).map((percentBps): CommissionRate => ({ kind: 'PERCENT', percentBps }));
const fixed = fc.integer({ min: 0, max: 50_000 }).map((fixedAmount): CommissionRate => ({ kind: 'FIXED', fixedAmount, currency: 'EUR' }));
const rate = fc.oneof(percent, fixed);
const base = fc.integer({ min: 0, max: 10_000_000 });
const quantity = fc.integer({ min: 1, max: 50 });

/** An order paid `paid`, with `base` ≤ paid on the line, and cumulative refunds over time. */
const refundedOrder = fc
  .record({ paid: fc.integer({ min: 1, max: 10_000_000 }), shares: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 6 }) })
  .chain(({ paid, shares }) => fc.record({ paid: fc.constant(paid), base: fc.integer({ min: 0, max: paid }), refunds: fc.constant(shares.map((s) => Math.round(s * paid)).sort((a, b) => a - b)) }));

describe('commission math', () => {
  it('percent commission is the rate of the base, rounded half up', () => {
    expect(earnedCommission({ kind: 'PERCENT', percentBps: 500 }, 10_000, 1)).toBe(500);
    expect(earnedCommission({ kind: 'PERCENT', percentBps: 750 }, 1_001, 1)).toBe(75); // 75.075
    expect(earnedCommission({ kind: 'PERCENT', percentBps: 1_250 }, 1_004, 1)).toBe(126); // 125.5 → 126
  });

  it('fixed commission is per unit and never more than the goods paid', () => {
    expect(earnedCommission({ kind: 'FIXED', fixedAmount: 300, currency: 'EUR' }, 10_000, 3)).toBe(900);
    expect(earnedCommission({ kind: 'FIXED', fixedAmount: 5_000, currency: 'EUR' }, 4_000, 1)).toBe(4_000);
  });

  it('a percent commission is never more than rate × paid amount (plus half a cent of rounding)', () => {
    fc.assert(fc.property(percent, base, quantity, (r, b, q) => {
      const c = earnedCommission(r, b, q);
      return r.kind === 'PERCENT' && c >= 0 && c <= (b * r.percentBps) / 10_000 + 0.5 && c <= b;
    }));
  });

  it('a fixed commission is the amount × units unless the goods paid were less', () => {
    fc.assert(fc.property(fixed, base, quantity, (r, b, q) => {
      const c = earnedCommission(r, b, q);
      return r.kind === 'FIXED' && (b === 0 ? c === 0 : c === Math.min(b, r.fixedAmount * q));
    }));
  });

  it('net commission is never negative and never more than earned', () => {
    fc.assert(fc.property(rate, refundedOrder, quantity, (r, o, q) => {
      const earned = earnedCommission(r, o.base, q);
      return o.refunds.every((refunded) => {
        const net = commissionAfterRefunds(earned, o.paid, refunded);
        return net >= 0 && net <= earned;
      });
    }));
  });

  it('a full refund leaves no commission', () => {
    fc.assert(fc.property(rate, refundedOrder, quantity, (r, o, q) => commissionAfterRefunds(earnedCommission(r, o.base, q), o.paid, o.paid) === 0));
  });

  it('more refunded never means more commission (partial refunds are monotone)', () => {
    fc.assert(fc.property(rate, refundedOrder, quantity, (r, o, q) => {
      const earned = earnedCommission(r, o.base, q);
      const nets = o.refunds.map((refunded) => commissionAfterRefunds(earned, o.paid, refunded));
      return nets.every((net, i) => i === 0 || net <= nets[i - 1]!);
    }));
  });

  it('no refund keeps the whole commission; refunding the same total twice changes nothing', () => {
    fc.assert(fc.property(rate, refundedOrder, quantity, (r, o, q) => {
      const earned = earnedCommission(r, o.base, q);
      const once = commissionAfterRefunds(earned, o.paid, o.refunds[0] ?? 0);
      return commissionAfterRefunds(earned, o.paid, 0) === earned && commissionAfterRefunds(earned, o.paid, o.refunds[0] ?? 0) === once;
    }));
  });

  it('half refunded keeps half the commission, rounded down', () => {
    expect(commissionAfterRefunds(501, 10_000, 5_000)).toBe(250);
  });

  it('goods paid exclude the tax included in the line total', () => {
    expect(goodsPaid({ lineTotalAmount: 12_100, taxAmount: 2_100 }, true)).toBe(10_000);
    expect(goodsPaid({ lineTotalAmount: 10_000, taxAmount: 2_100 }, false)).toBe(10_000);
  });
});
