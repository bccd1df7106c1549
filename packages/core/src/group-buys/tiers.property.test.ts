import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { afterJoin, afterLeave, closeOutcome, finalCharge, nextTier, tierAt, type AuthorisedOrder, type GroupBuyTierRule } from './tiers.ts';

/** A ladder from 1 buyer, thresholds rising and prices falling. */
const ladder = fc
  .array(fc.record({ step: fc.integer({ min: 1, max: 5 }), cut: fc.integer({ min: 1, max: 900 }) }), { minLength: 0, maxLength: 5 })
  .chain((steps) =>
    fc.integer({ min: 1_000, max: 50_000 }).map((start) => {
      const tiers: GroupBuyTierRule[] = [{ minParticipants: 1, unitAmount: start }];
      for (const { step, cut } of steps) {
        const last = tiers.at(-1)!;
        tiers.push({ minParticipants: last.minParticipants + step, unitAmount: Math.max(1, last.unitAmount - cut) });
      }
      return tiers;
    }),
  );

const order = fc.record({
  quantity: fc.integer({ min: 1, max: 5 }),
  shippingAmount: fc.integer({ min: 0, max: 2_000 }),
  taxRateBps: fc.integer({ min: 0, max: 2_500 }),
  pricesIncludeTax: fc.boolean(),
});

describe('group buy pricing', () => {
  it('everyone pays the same final unit price, never more than they authorised, whatever the joins and leaves', () => {
    fc.assert(
      fc.property(ladder, fc.array(fc.tuple(fc.boolean(), order), { minLength: 1, maxLength: 40 }), fc.integer({ min: 1, max: 12 }), (tiers, moves, minimum) => {
        let count = { active: 0, peak: 0 };
        const members: { unitAmount: number; authorised: number; o: Omit<AuthorisedOrder, 'authorizedAmount'> }[] = [];
        for (const [join, o] of moves) {
          if (join || members.length === 0) {
            const next = afterJoin(tiers, count);
            count = { active: next.active, peak: next.peak };
            const { totalAmount } = finalCharge({ ...o, authorizedAmount: Number.MAX_SAFE_INTEGER }, next.unitAmount);
            members.push({ unitAmount: next.unitAmount, authorised: totalAmount, o });
          } else {
            members.shift();
            count = afterLeave(count);
          }
        }
        expect(count.active).toBe(members.length);
        const outcome = closeOutcome(tiers, count, minimum);
        if (members.length < minimum) {
          expect(outcome).toBeNull();
          return;
        }
        const charges = members.map((m) => finalCharge({ ...m.o, authorizedAmount: m.authorised }, outcome!.finalUnitAmount));
        for (const [i, m] of members.entries()) {
          expect(outcome!.finalUnitAmount).toBeLessThanOrEqual(m.unitAmount);
          expect(charges[i]!.totalAmount).toBeLessThanOrEqual(m.authorised);
          expect(charges[i]!.lineTotalAmount).toBe(outcome!.finalUnitAmount * m.o.quantity);
        }
      }),
    );
  });
});

describe('the tier ladder', () => {
  const tiers = [{ minParticipants: 1, unitAmount: 10_000 }, { minParticipants: 5, unitAmount: 8_500 }, { minParticipants: 10, unitAmount: 7_000 }];

  it('reaches a tier at its threshold, counting the joiner', () => {
    expect(tierAt(tiers, 0).unitAmount).toBe(10_000);
    expect(tierAt(tiers, 4).unitAmount).toBe(10_000);
    expect(afterJoin(tiers, { active: 4, peak: 4 })).toEqual({ active: 5, peak: 5, unitAmount: 8_500 });
    expect(nextTier(tiers, 5)).toEqual({ minParticipants: 10, unitAmount: 7_000 });
    expect(nextTier(tiers, 12)).toBeNull();
  });

  it('keeps a tier once reached when buyers leave, and fails below the minimum', () => {
    const left = afterLeave({ active: 5, peak: 5 });
    expect(left).toEqual({ active: 4, peak: 5 });
    expect(closeOutcome(tiers, left, 4)).toEqual({ finalUnitAmount: 8_500 });
    expect(closeOutcome(tiers, left, 5)).toBeNull();
  });

  it('re-prices goods and tax at the final price, keeps shipping, and refuses to charge above the authorisation', () => {
    const o = { quantity: 2, shippingAmount: 495, taxRateBps: 2_100, pricesIncludeTax: true, authorizedAmount: 20_495 };
    expect(finalCharge(o, 8_500)).toEqual({ lineTotalAmount: 17_000, lineTaxAmount: 2_950, taxAmount: 2_950 + 86, totalAmount: 17_495 });
    expect(() => finalCharge(o, 10_001)).toThrow(RangeError);
  });
});
