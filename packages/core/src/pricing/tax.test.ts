import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { taxOf } from './tax.ts';

describe('taxOf', () => {
  it('takes the tax out of tax-inclusive prices', () => {
    expect(taxOf(12_100, 2_100, true)).toBe(2_100);
    expect(taxOf(999, 2_100, true)).toBe(173); // 999 × 21/121 = 173.38
  });

  it('adds tax on top of tax-exclusive prices', () => {
    expect(taxOf(10_000, 2_100, false)).toBe(2_100);
    expect(taxOf(250, 700, false)).toBe(18); // 17.5 rounds half up
  });

  it('is never negative and never more than the amount it is part of', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000 }), fc.integer({ min: 0, max: 10_000 }), (amount, rate) => {
        const inclusive = taxOf(amount, rate, true);
        expect(inclusive).toBeGreaterThanOrEqual(0);
        expect(inclusive).toBeLessThanOrEqual(amount);
        expect(taxOf(amount, rate, false)).toBeGreaterThanOrEqual(inclusive);
      }),
    );
  });

  it('rejects fractional amounts and impossible rates', () => {
    expect(() => taxOf(10.5, 2_100, true)).toThrow(RangeError);
    expect(() => taxOf(100, 20_000, true)).toThrow(RangeError);
  });
});
