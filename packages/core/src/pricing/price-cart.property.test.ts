// Properties that hold for any cart and any mix of promotions, price lists and tiers.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { priceCart } from './price-cart.ts';
import { input, line, promotion } from './test-fixtures.ts';
import type { DiscountClass, PricingInput, PromotionRule, VolumeTierRule } from './types.ts';

const classes = fc.subarray<DiscountClass>(['PRODUCT', 'ORDER', 'SHIPPING']);
const keys = ['a', 'b', 'c', 'd'];

const promotionArb: fc.Arbitrary<PromotionRule> = fc
  .record({
    n: fc.nat(1000),
    kind: fc.constantFrom('PERCENT', 'FIXED_AMOUNT', 'FREE_SHIPPING', 'BUY_X_GET_Y', 'GIFT_WITH_PURCHASE', 'BUNDLE'),
    fixedBundle: fc.boolean(),
    percentBps: fc.integer({ min: 1, max: 10_000 }),
    amount: fc.integer({ min: 1, max: 20_000 }),
    buy: fc.integer({ min: 1, max: 3 }),
    get: fc.integer({ min: 1, max: 2 }),
    target: fc.subarray(keys),
    minSubtotal: fc.option(fc.integer({ min: 0, max: 20_000 })),
    combinesWith: classes,
  })
  .map((r) =>
    promotion({
      id: `p${r.n}-${r.kind}`,
      kind: r.kind,
      percentBps: r.percentBps,
      amount: r.amount,
      buyQuantity: r.buy,
      getQuantity: r.get,
      giftVariantId: 'v-d',
      bundleVariantIds: r.kind === 'BUNDLE' && r.fixedBundle ? ['v-a', 'v-b'] : [],
      bundlePickQuantity: r.kind === 'BUNDLE' && !r.fixedBundle ? r.buy + 1 : null,
      variantIds: r.target.map((k) => `v-${k}`),
      minSubtotalAmount: r.minSubtotal,
      combinesWith: r.combinesWith,
    }),
  );

const tiersArb = fc.array(fc.record({ key: fc.constantFrom(...keys), minQuantity: fc.integer({ min: 2, max: 20 }), unitAmount: fc.integer({ min: 0, max: 5000 }) }), { maxLength: 6 });

const cartArb = fc.record({
  lines: fc.uniqueArray(fc.record({ key: fc.constantFrom(...keys), unit: fc.integer({ min: 0, max: 50_000 }), qty: fc.integer({ min: 1, max: 30 }) }), { selector: (l) => l.key, minLength: 1 }),
  promotions: fc.uniqueArray(promotionArb, { selector: (p) => p.id, maxLength: 6 }),
  tiers: tiersArb,
  includeTax: fc.boolean(),
});

function toInput(c: { lines: { key: string; unit: number; qty: number }[]; promotions: PromotionRule[]; tiers: { key: string; minQuantity: number; unitAmount: number }[]; includeTax: boolean }): PricingInput {
  const tiers: VolumeTierRule[] = c.tiers.map((t) => ({ variantId: `v-${t.key}`, minQuantity: t.minQuantity, unitAmount: t.unitAmount }));
  const methods = [{ code: 'std', name: 'Standard', rates: [{ country: null, maxWeightGrams: null, amount: 695, currency: 'EUR', freeOverAmount: 10_000 }] }];
  return input(
    c.lines.map((l) => line(l.key, l.unit, l.qty)),
    { rules: { promotions: c.promotions, priceLists: [], tiers }, tax: { rateBps: 2100, pricesIncludeTax: c.includeTax }, shipping: { methods, country: 'NL', weightGrams: 0 } },
  );
}

describe('priceCart properties', () => {
  it('totals are never negative and always add up', () => {
    fc.assert(
      fc.property(cartArb, (c) => {
        const p = priceCart(toInput(c));
        expect(p.totalAmount).toBeGreaterThanOrEqual(0);
        expect(p.lines.reduce((s, l) => s + l.totalAmount, 0)).toBe(p.subtotalAmount - p.discountAmount);
        const shipping = p.shipping?.amount ?? 0;
        expect(p.totalAmount).toBe(p.subtotalAmount - p.discountAmount + shipping + (c.includeTax ? 0 : p.taxAmount));
        for (const l of p.lines) expect(l.steps.reduce((s, step) => s + step.amount, 0)).toBe(l.totalAmount);
      }),
    );
  });

  it('a discount never exceeds what it applies to', () => {
    fc.assert(
      fc.property(cartArb, (c) => {
        const p = priceCart(toInput(c));
        for (const l of p.lines) {
          expect(l.discountAmount).toBeGreaterThanOrEqual(0);
          expect(l.discountAmount).toBeLessThanOrEqual(l.subtotalAmount);
        }
        if (p.shipping) expect(p.shipping.discountAmount).toBeLessThanOrEqual(p.shipping.baseAmount);
        expect(p.applied.reduce((s, a) => s + (a.discountClass === 'SHIPPING' ? 0 : a.amount), 0)).toBe(p.discountAmount);
      }),
    );
  });

  it('the same cart always prices the same, whatever order the rules come in', () => {
    fc.assert(
      fc.property(cartArb, (c) => {
        const once = priceCart(toInput(c));
        const reversed = priceCart(toInput({ ...c, promotions: [...c.promotions].reverse(), tiers: [...c.tiers].reverse() }));
        expect(reversed).toEqual({ ...once, notApplied: reversed.notApplied });
        expect(new Set(reversed.notApplied.map((s) => s.promotionId))).toEqual(new Set(once.notApplied.map((s) => s.promotionId)));
      }),
    );
  });

  it('the chosen promotions never cost the shopper more than no promotion at all', () => {
    fc.assert(
      fc.property(cartArb, (c) => {
        const withRules = priceCart(toInput(c));
        const without = priceCart(toInput({ ...c, promotions: [] }));
        expect(withRules.totalAmount - (c.includeTax ? 0 : withRules.taxAmount)).toBeLessThanOrEqual(without.totalAmount - (c.includeTax ? 0 : without.taxAmount));
      }),
    );
  });

  it('adding an item never lifts the unit price above, nor lowers it below, the tier it reaches', () => {
    fc.assert(
      fc.property(fc.integer({ min: 100, max: 10_000 }), tiersArb, fc.integer({ min: 1, max: 40 }), (unit, rawTiers, qty) => {
        const tiers = rawTiers.map((t) => ({ variantId: 'v-a', minQuantity: t.minQuantity, unitAmount: t.unitAmount }));
        const at = (q: number) => priceCart(input([line('a', unit, q)], { rules: { promotions: [], priceLists: [], tiers } })).lines[0]!.unitAmount;
        expect(at(qty + 1)).toBeLessThanOrEqual(at(qty));
        const reached = tiers.filter((t) => t.minQuantity <= qty).map((t) => t.unitAmount);
        expect(at(qty)).toBe(Math.min(unit, ...reached));
      }),
    );
  });
});
