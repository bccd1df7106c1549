import { z } from 'zod';
import { line } from './text.ts';
import { wholeNumber } from './numbers.ts';

const Id = line().trim().min(1).max(64);
const Amount = z.number().int('Amounts are whole minor units (cents)').min(0).max(100_000_000);
const Currency = line().trim().length(3).toUpperCase();
export const CustomerGroupInput = z.enum(['CONSUMER', 'RETAILER', 'WHOLESALE', 'PARTNER']);
const Ids = z.array(Id).max(500).default([]);

/** A discount code as shoppers type it: letters, digits, - and _. Case does not matter. */
export const PromotionCode = line()
  .trim()
  .min(3, 'Codes have at least 3 characters')
  .max(32, 'Codes have at most 32 characters')
  .regex(/^[A-Za-z0-9_-]+$/, 'Codes use letters, digits, - and _')
  .toUpperCase();

const promotionFields = z.object({
  code: PromotionCode.nullable().default(null),
  name: line().trim().min(1).max(120),
  kind: z.enum(['PERCENT', 'FIXED_AMOUNT', 'FREE_SHIPPING', 'BUY_X_GET_Y', 'GIFT_WITH_PURCHASE', 'BUNDLE']),
  active: z.boolean().default(true),
  percentBps: z.number().int().min(1).max(10_000).nullable().default(null),
  amount: Amount.nullable().default(null),
  currency: Currency.default('EUR'),
  buyQuantity: z.number().int().min(1).max(99).nullable().default(null),
  getQuantity: z.number().int().min(1).max(99).nullable().default(null),
  giftVariantId: Id.nullable().default(null),
  bundleVariantIds: z.array(Id).max(20).default([]),
  bundlePickQuantity: z.number().int().min(2).max(50).nullable().default(null),
  productIds: Ids,
  variantIds: Ids,
  categoryIds: Ids,
  minSubtotalAmount: Amount.nullable().default(null),
  minQuantity: z.number().int().min(1).max(999).nullable().default(null),
  startsAt: z.coerce.date().nullable().default(null),
  endsAt: z.coerce.date().nullable().default(null),
  usageLimit: wholeNumber().min(1).nullable().default(null),
  perCustomerLimit: wholeNumber().min(1).nullable().default(null),
  customerGroups: z.array(CustomerGroupInput).max(4).default([]),
  segmentKeys: z.array(line().trim().min(1).max(64)).max(50).default([]),
  firstOrderOnly: z.boolean().default(false),
  partnerIds: Ids,
  combinesWith: z.array(z.enum(['PRODUCT', 'ORDER', 'SHIPPING'])).max(3).default([]),
});

/** What each kind needs, checked together so the admin sees every problem at once. */
function checkKind(p: z.output<typeof promotionFields>, ctx: z.RefinementCtx): void {
  const need = (field: keyof typeof p, message: string) => {
    if (p[field] === null) ctx.addIssue({ code: 'custom', path: [field], message });
  };
  if (p.kind === 'PERCENT') need('percentBps', 'A percentage promotion needs percentBps (1000 = 10 %)');
  if (p.kind === 'FIXED_AMOUNT') need('amount', 'A fixed-amount promotion needs an amount');
  if (p.kind === 'BUY_X_GET_Y') {
    need('buyQuantity', 'Buy X get Y needs buyQuantity');
    need('getQuantity', 'Buy X get Y needs getQuantity');
  }
  if (p.kind === 'GIFT_WITH_PURCHASE') need('giftVariantId', 'A gift with purchase needs the gift variant');
  if (p.kind === 'BUNDLE') {
    const fixed = p.bundleVariantIds.length >= 2;
    if (fixed === (p.bundlePickQuantity !== null)) {
      ctx.addIssue({ code: 'custom', path: ['bundleVariantIds'], message: 'A bundle is either a fixed set of at least 2 variants or a pick quantity from its targets' });
    }
    if (!fixed && p.productIds.length + p.variantIds.length + p.categoryIds.length === 0) {
      ctx.addIssue({ code: 'custom', path: ['categoryIds'], message: 'A build-your-own bundle needs a collection to pick from (products, variants or categories)' });
    }
    if (p.percentBps === null && p.amount === null) ctx.addIssue({ code: 'custom', path: ['percentBps'], message: 'A bundle needs percentBps or an amount off each bundle' });
  }
  if (p.startsAt && p.endsAt && p.endsAt <= p.startsAt) ctx.addIssue({ code: 'custom', path: ['endsAt'], message: 'Ends before it starts' });
}

export const PromotionInput = promotionFields.superRefine(checkKind);
export type PromotionInput = z.output<typeof PromotionInput>;

export const UpdatePromotionInput = z.object({ id: Id, promotion: PromotionInput });

export const PriceListInput = z
  .object({
    id: Id.optional(),
    name: line().trim().min(1).max(120),
    customerGroup: CustomerGroupInput,
    currency: Currency.default('EUR'),
    active: z.boolean().default(true),
    startsAt: z.coerce.date().nullable().default(null),
    endsAt: z.coerce.date().nullable().default(null),
    entries: z.array(z.object({ variantId: Id, amount: Amount })).max(10_000),
  })
  .refine((l) => !l.startsAt || !l.endsAt || l.endsAt > l.startsAt, { path: ['endsAt'], message: 'Ends before it starts' })
  .refine((l) => new Set(l.entries.map((e) => e.variantId)).size === l.entries.length, { path: ['entries'], message: 'A variant is listed twice' });
export type PriceListInput = z.output<typeof PriceListInput>;

/** A variant's whole tier table: thresholds rise and unit prices fall. */
export const VolumeTiersInput = z
  .object({
    variantId: Id,
    tiers: z.array(z.object({ minQuantity: z.number().int().min(2).max(999), unitAmount: Amount })).max(20),
  })
  .refine(
    ({ tiers }) => tiers.every((t, i) => i === 0 || (t.minQuantity > tiers[i - 1]!.minQuantity && t.unitAmount < tiers[i - 1]!.unitAmount)),
    { path: ['tiers'], message: 'List tiers by rising quantity, each cheaper than the one before' },
  );
export type VolumeTiersInput = z.output<typeof VolumeTiersInput>;

export const SetCustomerGroupInput = z.object({ customerId: Id, customerGroup: CustomerGroupInput });
export const ApplyCartCodeInput = z.object({ code: PromotionCode });
export const ProductDisplayPricesInput = z.object({ productIds: z.array(Id).min(1).max(100) });

/** A bounded clearance rule: the discount grows with age and overstock, capped, never below the floor. */
export const ClearanceRuleInput = z
  .object({
    id: Id.optional(),
    name: line().trim().min(1).max(120),
    active: z.boolean().default(true),
    variantIds: Ids,
    categoryIds: Ids,
    startAfterDays: z.number().int().min(0).max(3650),
    stepDays: z.number().int().min(1).max(365),
    stepBps: z.number().int().min(0).max(9000),
    overstockUnits: wholeNumber().min(0).nullable().default(null),
    overstockBps: z.number().int().min(0).max(9000).default(0),
    maxBps: z.number().int().min(0).max(9000, 'At most 90 % off'),
    floorBps: z.number().int().min(1000, 'The floor is at least 10 % of the catalog price').max(10_000),
    floorAmount: Amount.nullable().default(null),
  })
  .refine((r) => r.variantIds.length + r.categoryIds.length > 0, { path: ['categoryIds'], message: 'Say which variants or categories it covers' });
export type ClearanceRuleInput = z.output<typeof ClearanceRuleInput>;

/**
 * A sample cart priced with a rule that is not saved yet: the variants by SKU, who buys, and
 * the draft (a promotion, a price list or a variant's tiers) added to the live rules.
 */
export const PricingPreviewInput = z.object({
  lines: z.array(z.object({ sku: line().trim().min(1).max(64), quantity: z.number().int().min(1).max(999) })).min(1, 'Pick at least one item').max(20),
  customerGroup: CustomerGroupInput.default('CONSUMER'),
  segmentKeys: z.array(line().trim().min(1).max(64)).max(20).default([]),
  firstOrder: z.boolean().default(false),
  /** The code the sample shopper enters; a draft promotion's own code is entered for it. */
  code: PromotionCode.nullable().default(null),
  /** Editing an existing promotion: its id, so the draft replaces the saved version. */
  promotionId: Id.nullable().default(null),
  promotion: PromotionInput.nullable().default(null),
  priceList: PriceListInput.nullable().default(null),
  tiers: VolumeTiersInput.nullable().default(null),
});
export type PricingPreviewInput = z.output<typeof PricingPreviewInput>;

export const PromotionListInput = z
  .object({
    status: z.enum(['live', 'scheduled', 'ended', 'inactive']).optional(),
    kind: promotionFields.shape.kind.optional(),
  })
  .default({});

/** What the admin's product picker has typed so far. */
export const RuleTargetSearchInput = z.object({ query: line().trim().min(1).max(100), limit: z.number().int().min(1).max(25).default(10) });
export type RuleTargetSearchInput = z.output<typeof RuleTargetSearchInput>;

/** The targets a saved rule's form names: product and variant ids (as many as a rule may hold). */
export const RuleTargetIdsInput = z.object({ productIds: z.array(Id).max(500).default([]), variantIds: z.array(Id).max(500).default([]) });
export type RuleTargetIdsInput = z.output<typeof RuleTargetIdsInput>;
