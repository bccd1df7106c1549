import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clearanceAmount, type ClearanceRuleFacts } from './clearance.ts';

const rule: ClearanceRuleFacts = { startAfterDays: 90, stepDays: 30, stepBps: 1000, overstockUnits: 50, overstockBps: 500, maxBps: 4000, floorBps: 7000, floorAmount: null };

describe('clearanceAmount', () => {
  it('starts after the age threshold and grows step by step', () => {
    expect(clearanceAmount(rule, { priceAmount: 10_000, ageDays: 89, stockOnHand: 10 })).toBeNull();
    expect(clearanceAmount(rule, { priceAmount: 10_000, ageDays: 90, stockOnHand: 10 })).toBe(9_000);
    expect(clearanceAmount(rule, { priceAmount: 10_000, ageDays: 120, stockOnHand: 10 })).toBe(8_000);
    expect(clearanceAmount(rule, { priceAmount: 10_000, ageDays: 10, stockOnHand: 51 })).toBe(9_500);
  });

  it('stops at the floor price', () => {
    expect(clearanceAmount(rule, { priceAmount: 10_000, ageDays: 1_000, stockOnHand: 100 })).toBe(7_000);
    expect(clearanceAmount({ ...rule, floorAmount: 8_500 }, { priceAmount: 10_000, ageDays: 1_000, stockOnHand: 100 })).toBe(8_500);
  });

  it('never goes below the floor or above the catalog price, and never rises with age', () => {
    const ruleArb = fc.record({
      startAfterDays: fc.integer({ min: 0, max: 400 }),
      stepDays: fc.integer({ min: 1, max: 90 }),
      stepBps: fc.integer({ min: 0, max: 5000 }),
      overstockUnits: fc.option(fc.integer({ min: 0, max: 500 })),
      overstockBps: fc.integer({ min: 0, max: 5000 }),
      maxBps: fc.integer({ min: 0, max: 9000 }),
      floorBps: fc.integer({ min: 1000, max: 10_000 }),
      floorAmount: fc.option(fc.integer({ min: 0, max: 100_000 })),
    });
    fc.assert(
      fc.property(ruleArb, fc.integer({ min: 1, max: 1_000_000 }), fc.integer({ min: 0, max: 2000 }), fc.integer({ min: 0, max: 1000 }), (r, price, age, stock) => {
        const now = clearanceAmount(r, { priceAmount: price, ageDays: age, stockOnHand: stock }) ?? price;
        const later = clearanceAmount(r, { priceAmount: price, ageDays: age + 1, stockOnHand: stock }) ?? price;
        expect(now).toBeLessThanOrEqual(price);
        expect(now).toBeGreaterThanOrEqual(Math.min(price, Math.max(Math.ceil((price * r.floorBps) / 10_000), r.floorAmount ?? 0)));
        expect(now).toBeGreaterThanOrEqual(price - Math.floor((price * r.maxBps) / 10_000));
        expect(later).toBeLessThanOrEqual(now);
      }),
    );
  });
});
