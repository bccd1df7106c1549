import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { clearanceAmount } from '../pricing/index.ts';
import { proposeReaction } from './react-proposal.ts';

const variant = { variantId: 'v1', sku: 'SKU-1', priceAmount: 10_000 };

describe('proposeReaction', () => {
  it('proposes the discount that closes the gap, rounded up to a whole percent', () => {
    expect(proposeReaction(variant, 1_234, 7_000)).toEqual({ ...variant, discountBps: 1_300, proposedAmount: 8_700, floorAmount: 7_000, closesGap: true });
    expect(proposeReaction(variant, 1_200, 7_000)).toMatchObject({ discountBps: 1_200, proposedAmount: 8_800 });
    // 840 / 3 995 = 21.03 % → 22 %: 3 995 − 878 = 3 117.
    expect(proposeReaction({ ...variant, priceAmount: 3_995 }, 840, 7_000)).toMatchObject({ discountBps: 2_200, proposedAmount: 3_117, closesGap: true });
  });

  it('stops at the floor and says the gap stays open', () => {
    expect(proposeReaction(variant, 4_000, 7_000)).toMatchObject({ discountBps: 3_000, proposedAmount: 7_000, floorAmount: 7_000, closesGap: false });
  });

  it('proposes nothing without a gap or when the floor allows no discount', () => {
    expect(proposeReaction(variant, 0)).toBeNull();
    expect(proposeReaction(variant, 500, 10_000)).toBeNull();
  });

  it('never goes below the floor, and the clearance engine computes the same price', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 1_000_000 }), fc.integer({ min: 1, max: 1_000_000 }), fc.integer({ min: 0, max: 99 }), (priceAmount, gap, floorPercent) => {
      const floorBps = floorPercent * 100;
      const proposal = proposeReaction({ ...variant, priceAmount }, gap, floorBps);
      if (!proposal) return;
      expect(proposal.proposedAmount).toBeGreaterThanOrEqual(Math.ceil((priceAmount * floorBps) / 10_000));
      expect(proposal.closesGap).toBe(priceAmount - proposal.proposedAmount >= gap);
      const rule = { startAfterDays: 0, stepDays: 1, stepBps: proposal.discountBps, overstockUnits: null, overstockBps: 0, maxBps: proposal.discountBps, floorBps, floorAmount: null };
      expect(clearanceAmount(rule, { priceAmount, ageDays: 0, stockOnHand: 0 }) ?? priceAmount).toBe(proposal.proposedAmount);
    }));
  });
});
