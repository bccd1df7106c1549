import { describe, expect, it } from 'vitest';
import { priceCart } from './price-cart.ts';
import { input, line, promotion, shopper } from './test-fixtures.ts';

const methods = [{ code: 'standard', name: 'Standard', rates: [{ country: null, maxWeightGrams: null, amount: 500, currency: 'EUR', freeOverAmount: null }] }];
const shipping = { methods, country: 'NL', weightGrams: 1000 };

describe('priceCart', () => {
  it('prices lines at the base price with tax included and explains it', () => {
    const priced = priceCart(input([line('a', 1210, 2)]));
    expect(priced.lines[0]).toMatchObject({ unitAmount: 1210, subtotalAmount: 2420, discountAmount: 0, totalAmount: 2420, taxAmount: 420 });
    expect(priced.lines[0]!.steps).toEqual([{ kind: 'base', label: 'Catalog price', unitAmount: 1210, amount: 2420 }]);
    expect(priced.totalAmount).toBe(2420);
  });

  it('applies a percentage code, rounded half up per line', () => {
    const welcome = promotion({ id: 'w', kind: 'PERCENT', code: 'WELCOME10', name: 'Welcome', percentBps: 1000 });
    const priced = priceCart(input([line('a', 1005), line('b', 1004)], { code: 'welcome10', rules: { promotions: [welcome], priceLists: [], tiers: [] } }));
    expect(priced.lines.map((l) => l.discountAmount)).toEqual([101, 100]);
    expect(priced.code).toEqual({ code: 'WELCOME10', applied: true, reason: null });
    expect(priced.lines[0]!.steps.at(-1)).toMatchObject({ kind: 'promotion', label: 'Welcome (WELCOME10)', amount: -101 });
  });

  it('says why a code does not apply: minimum spend, expiry, usage, account, unknown', () => {
    const rules = (p: ReturnType<typeof promotion>) => ({ promotions: [p], priceLists: [], tiers: [] });
    const reason = (p: ReturnType<typeof promotion>, overrides = {}) => priceCart(input([line('a', 2000)], { code: 'X', rules: rules(p), ...overrides })).code?.reason;
    const base = { id: 'x', kind: 'PERCENT' as const, code: 'X', percentBps: 1000 };
    expect(reason(promotion({ ...base, minSubtotalAmount: 5000 }))).toBe('Minimum spend €50.00 not reached.');
    expect(reason(promotion({ ...base, endsAt: new Date('2026-01-01') }))).toBe('Expired.');
    expect(reason(promotion({ ...base, startsAt: new Date('2027-01-01') }))).toBe('Not valid yet.');
    expect(reason(promotion({ ...base, perCustomerLimit: 1 }), { customer: { ...shopper, redemptions: { x: 1 } } })).toBe('Already used.');
    expect(reason(promotion({ ...base, usageLimit: 5, usedCount: 5 }))).toBe('Fully used: no redemptions left.');
    expect(reason(promotion({ ...base, customerGroups: ['WHOLESALE'] }))).toBe('Not valid for your account.');
    expect(reason(promotion({ ...base, segmentKeys: ['vip'] }))).toBe('Not valid for your account.');
    expect(reason(promotion({ ...base, partnerIds: ['partner-1'] }))).toBe('Not valid for your account.');
    expect(reason(promotion({ ...base, firstOrderOnly: true }))).toBe('Only valid on a first order.');
    expect(reason(promotion({ ...base, code: 'OTHER' }))).toBe('This code does not exist.');
  });

  it('targets by segment, first order and partner when the caller knows them', () => {
    const p = promotion({ id: 'x', kind: 'PERCENT', percentBps: 1000, segmentKeys: ['vip'], firstOrderOnly: true, partnerIds: ['pa'] });
    const customer = { ...shopper, segmentKeys: ['vip'], isFirstOrder: true, referringPartnerId: 'pa' };
    expect(priceCart(input([line('a', 1000)], { customer, rules: { promotions: [p], priceLists: [], tiers: [] } })).discountAmount).toBe(100);
  });

  it('allocates a fixed order discount across lines by largest remainder', () => {
    const p = promotion({ id: 'f', kind: 'FIXED_AMOUNT', amount: 100 });
    const priced = priceCart(input([line('a', 1000), line('b', 1000), line('c', 1000)], { rules: { promotions: [p], priceLists: [], tiers: [] } }));
    expect(priced.lines.map((l) => l.discountAmount)).toEqual([34, 33, 33]);
    expect(priced.applied).toEqual([{ promotionId: 'f', code: null, name: 'f', discountClass: 'ORDER', amount: 100 }]);
  });

  it('never discounts more than the goods', () => {
    const p = promotion({ id: 'f', kind: 'FIXED_AMOUNT', amount: 10_000 });
    expect(priceCart(input([line('a', 999)], { rules: { promotions: [p], priceLists: [], tiers: [] } })).totalAmount).toBe(0);
  });

  it('buy 2 get 1: the cheapest unit of every three is free', () => {
    const p = promotion({ id: 'b', kind: 'BUY_X_GET_Y', buyQuantity: 2, getQuantity: 1, productIds: ['p-a', 'p-b'] });
    const priced = priceCart(input([line('a', 1000, 2), line('b', 600, 2)], { rules: { promotions: [p], priceLists: [], tiers: [] } }));
    expect(priced.lines.map((l) => l.discountAmount)).toEqual([0, 600]);
  });

  it('gift with purchase makes one unit of the gift free once the spend is reached', () => {
    const p = promotion({ id: 'g', kind: 'GIFT_WITH_PURCHASE', giftVariantId: 'v-gift', minSubtotalAmount: 3000 });
    const rules = { promotions: [p], priceLists: [], tiers: [] };
    expect(priceCart(input([line('a', 3000), line('gift', 500, 2)], { rules })).lines[1]!.discountAmount).toBe(500);
    expect(priceCart(input([line('a', 2000), line('gift', 500)], { rules })).notApplied[0]!.reason).toBe('Minimum spend €30.00 not reached.');
  });

  it('free shipping takes the shipping price off', () => {
    const p = promotion({ id: 's', kind: 'FREE_SHIPPING', code: 'SHIP' });
    const priced = priceCart(input([line('a', 1000)], { code: 'SHIP', shipping, rules: { promotions: [p], priceLists: [], tiers: [] } }));
    expect(priced.shipping).toMatchObject({ code: 'standard', baseAmount: 500, discountAmount: 500, amount: 0 });
    expect(priced.totalAmount).toBe(1000);
  });

  it('stacks only what combines, picks the cheapest for the shopper and says why the rest was left', () => {
    const code = promotion({ id: 'code', kind: 'PERCENT', code: 'TEN', name: 'Ten off', percentBps: 1000, combinesWith: ['SHIPPING'] });
    const auto = promotion({ id: 'auto', kind: 'PERCENT', name: 'Summer', percentBps: 1500, combinesWith: ['SHIPPING'] });
    const ship = promotion({ id: 'ship', kind: 'FREE_SHIPPING', name: 'Free shipping', combinesWith: ['ORDER'] });
    const priced = priceCart(input([line('a', 10_000)], { code: 'TEN', shipping, rules: { promotions: [code, auto, ship], priceLists: [], tiers: [] } }));
    expect(priced.applied.map((a) => a.promotionId)).toEqual(['auto', 'ship']);
    expect(priced.code).toEqual({ code: 'TEN', applied: false, reason: 'Does not combine with Summer, which saves you more.' });
    expect(priced.totalAmount).toBe(8500);
    expect(priced.summary).toBe('Applied Summer + Free shipping: the allowed combination that saves you the most (€20.00).');
  });

  it('applies a price list for the group, then a lower volume tier, then configuration deltas', () => {
    const rules = {
      promotions: [],
      priceLists: [{ id: 'pl', name: 'Retailer', customerGroup: 'RETAILER' as const, currency: 'EUR', startsAt: null, endsAt: null, prices: { 'v-a': 800 } }],
      tiers: [{ variantId: 'v-a', minQuantity: 10, unitAmount: 700 }],
    };
    const customer = { ...shopper, group: 'RETAILER' as const };
    const a = line('a', 1000, 10, { configurationDeltas: [{ label: 'Engraving', amount: 150 }] });
    const priced = priceCart(input([a], { customer, rules }));
    expect(priced.lines[0]!.steps.map((s) => [s.kind, s.unitAmount])).toEqual([['base', 1000], ['price_list', 800], ['tier', 700], ['configuration', 850]]);
    expect(priced.lines[0]!.subtotalAmount).toBe(8500);
    expect(priceCart(input([a], { rules })).lines[0]!.unitAmount).toBe(850);
  });

  it('a fixed bundle discounts each complete set, and says what is missing otherwise', () => {
    const p = promotion({ id: 'fx', kind: 'BUNDLE', name: 'Bike care kit', bundleVariantIds: ['v-a', 'v-b'], percentBps: 2000 });
    const rules = { promotions: [p], priceLists: [], tiers: [] };
    const priced = priceCart(input([line('a', 1000, 3), line('b', 500, 2)], { rules }));
    expect(priced.lines.map((l) => l.discountAmount)).toEqual([400, 200]);
    expect(priceCart(input([line('a', 1000)], { rules })).notApplied[0]!.reason).toBe('Add the 1 missing item(s) of the bundle to get the bundle price.');
  });

  it('a build-your-own bundle takes a fixed amount off every N picked units, most expensive first', () => {
    const p = promotion({ id: 'by', kind: 'BUNDLE', name: 'Any 3 gels', bundlePickQuantity: 3, amount: 300, productIds: ['p-a', 'p-b'] });
    const priced = priceCart(input([line('a', 400, 2), line('b', 200, 2), line('c', 5000)], { rules: { promotions: [p], priceLists: [], tiers: [] } }));
    // One bundle: 2 × a (800) + 1 × b (200) = 1000; €3 off split 240 / 60.
    expect(priced.lines.map((l) => l.discountAmount)).toEqual([240, 60, 0]);
  });
});
