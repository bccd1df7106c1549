import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allocate, percentOf } from './rounding.ts';

describe('rounding', () => {
  it('rounds a percentage half up', () => {
    expect(percentOf(1005, 1000)).toBe(101);
    expect(percentOf(1004, 1000)).toBe(100);
    expect(percentOf(15, 5000)).toBe(8);
  });

  it('allocates by largest remainder, earlier lines first on ties', () => {
    expect(allocate(100, [1, 1, 1])).toEqual([34, 33, 33]);
    expect(allocate(10, [300, 700])).toEqual([3, 7]);
  });

  it('allocated parts always sum to the whole and never exceed their weight', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 1_000_000 }), { minLength: 1, maxLength: 20 }), fc.nat(), (weights, seed) => {
        const sum = weights.reduce((a, b) => a + b, 0);
        const total = sum === 0 ? 0 : seed % (sum + 1);
        const parts = allocate(total, weights);
        expect(parts.reduce((a, b) => a + b, 0)).toBe(total);
        parts.forEach((p, i) => expect(p).toBeLessThanOrEqual(weights[i]!));
        parts.forEach((p) => expect(p).toBeGreaterThanOrEqual(0));
      }),
    );
  });
});
