// Builders for the engine's tests: a promotion with sensible defaults, a customer, a line.
import type { CustomerContext, PricingInput, PricingLineInput, PromotionRule } from './types.ts';

export function promotion(overrides: Partial<PromotionRule> & Pick<PromotionRule, 'id' | 'kind'>): PromotionRule {
  return {
    code: null,
    name: overrides.id,
    percentBps: null,
    amount: null,
    currency: 'EUR',
    buyQuantity: null,
    getQuantity: null,
    giftVariantId: null,
    bundleVariantIds: [],
    bundlePickQuantity: null,
    productIds: [],
    variantIds: [],
    categoryIds: [],
    minSubtotalAmount: null,
    minQuantity: null,
    startsAt: null,
    endsAt: null,
    usageLimit: null,
    usedCount: 0,
    perCustomerLimit: null,
    customerGroups: [],
    segmentKeys: [],
    firstOrderOnly: false,
    partnerIds: [],
    combinesWith: [],
    ...overrides,
  };
}

export const shopper: CustomerContext = { customerId: 'c1', group: 'CONSUMER', segmentKeys: [], isFirstOrder: false, referringPartnerId: null, redemptions: {} };

export function line(key: string, baseUnitAmount: number, quantity = 1, extra: Partial<PricingLineInput> = {}): PricingLineInput {
  return { key, productId: `p-${key}`, variantId: `v-${key}`, categoryIds: [], quantity, baseUnitAmount, ...extra };
}

export function input(lines: PricingLineInput[], overrides: Partial<PricingInput> = {}): PricingInput {
  return {
    currency: 'EUR',
    now: new Date('2026-06-01T12:00:00Z'),
    lines,
    customer: shopper,
    code: null,
    rules: { promotions: [], priceLists: [], tiers: [] },
    tax: { rateBps: 2100, pricesIncludeTax: true },
    ...overrides,
  };
}
