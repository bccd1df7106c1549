import type { ShippingMethodRows, ShippingOption } from './shipping-rates.ts';

export type CustomerGroup = 'CONSUMER' | 'RETAILER' | 'WHOLESALE' | 'PARTNER';
export type PromotionKind = 'PERCENT' | 'FIXED_AMOUNT' | 'FREE_SHIPPING' | 'BUY_X_GET_Y' | 'GIFT_WITH_PURCHASE' | 'BUNDLE';
/** Which part of the price a promotion changes; a promotion lists the classes it combines with. */
export type DiscountClass = 'PRODUCT' | 'ORDER' | 'SHIPPING';

/**
 * One line to price. `baseUnitAmount` is the catalog price (or a configurator's base price);
 * `configurationDeltas` are a configured product's surcharges and reductions, added after the
 * price list and tier and before promotions.
 *
 * @example { key: 'line1', productId, variantId, categoryIds: [catId], quantity: 2, baseUnitAmount: 2500 }
 */
export interface PricingLineInput {
  key: string;
  productId: string;
  variantId: string;
  /** The product's category and its ancestors, so a promotion on a category covers its subtree. */
  categoryIds: readonly string[];
  quantity: number;
  baseUnitAmount: number;
  configurationDeltas?: readonly { label: string; amount: number }[];
  /** A deal's unit price (a group buy's tier) that replaces price lists, tiers and clearance. */
  dealUnit?: { amount: number; label: string };
}

/** Who is buying, as far as the caller knows; unknown facts stay empty and targeted promotions then do not apply. */
export interface CustomerContext {
  customerId: string | null;
  group: CustomerGroup;
  segmentKeys: readonly string[];
  isFirstOrder: boolean;
  referringPartnerId: string | null;
  /** Live redemptions of each promotion by this customer, for per-customer limits. */
  redemptions: Readonly<Record<string, number>>;
}

/** A promotion as the engine sees it (a row of `Promotion`). */
export interface PromotionRule {
  id: string;
  code: string | null;
  name: string;
  kind: PromotionKind;
  percentBps: number | null;
  amount: number | null;
  currency: string;
  buyQuantity: number | null;
  getQuantity: number | null;
  giftVariantId: string | null;
  /** BUNDLE, fixed set: one unit of each makes a bundle. */
  bundleVariantIds: readonly string[];
  /** BUNDLE, build your own: this many units from the targets make a bundle. */
  bundlePickQuantity: number | null;
  productIds: readonly string[];
  variantIds: readonly string[];
  categoryIds: readonly string[];
  minSubtotalAmount: number | null;
  minQuantity: number | null;
  startsAt: Date | null;
  endsAt: Date | null;
  usageLimit: number | null;
  usedCount: number;
  perCustomerLimit: number | null;
  customerGroups: readonly CustomerGroup[];
  segmentKeys: readonly string[];
  firstOrderOnly: boolean;
  partnerIds: readonly string[];
  combinesWith: readonly DiscountClass[];
}

export interface PriceListRule {
  id: string;
  name: string;
  customerGroup: CustomerGroup;
  currency: string;
  startsAt: Date | null;
  endsAt: Date | null;
  /** Unit price by variant id. */
  prices: Readonly<Record<string, number>>;
}

export interface VolumeTierRule {
  variantId: string;
  minQuantity: number;
  unitAmount: number;
}

/** The active rules, loaded by `loadPricingRules`. */
export interface PricingRules {
  promotions: readonly PromotionRule[];
  priceLists: readonly PriceListRule[];
  tiers: readonly VolumeTierRule[];
  /** Clearance unit prices by variant id, as the clearance job last computed them. */
  clearance?: Readonly<Record<string, { amount: number; name: string }>>;
}

export interface PricingShippingInput {
  methods: readonly ShippingMethodRows[];
  country: string;
  weightGrams: number;
  /** The chosen method; the cheapest-first default (first option) when absent. */
  methodCode?: string | undefined;
}

export interface PricingInput {
  currency: string;
  now: Date;
  lines: readonly PricingLineInput[];
  customer: CustomerContext;
  /** The discount code the shopper entered, if any. */
  code: string | null;
  rules: PricingRules;
  tax: { rateBps: number; pricesIncludeTax: boolean };
  /** Omitted while the destination is unknown (the cart page): shipping is then not priced. */
  shipping?: PricingShippingInput | undefined;
}

/** One step of a price's explanation; `amount` is the change to the line total (negative = cheaper). */
export interface PriceStep {
  kind: 'base' | 'price_list' | 'tier' | 'clearance' | 'group_buy' | 'configuration' | 'promotion';
  label: string;
  /** Unit price after this step (unit steps only). */
  unitAmount?: number;
  amount: number;
  promotionId?: string;
}

export interface PricedLine {
  key: string;
  variantId: string;
  quantity: number;
  /** Unit price after price list, tier and configuration, before promotions. */
  unitAmount: number;
  /** unitAmount × quantity. */
  subtotalAmount: number;
  discountAmount: number;
  /** subtotalAmount − discountAmount. */
  totalAmount: number;
  taxAmount: number;
  steps: PriceStep[];
}

export interface AppliedPromotion {
  promotionId: string;
  code: string | null;
  name: string;
  discountClass: DiscountClass;
  amount: number;
}

export interface SkippedPromotion {
  promotionId: string;
  code: string | null;
  name: string;
  reason: string;
}

export interface PricedCart {
  currency: string;
  lines: PricedLine[];
  subtotalAmount: number;
  /** Goods discounts (line and order level), already in the lines' totals. */
  discountAmount: number;
  shippingOptions: ShippingOption[];
  /** Null without a destination, or when nothing can ship there (or not the chosen method). */
  shipping: (ShippingOption & { discountAmount: number; baseAmount: number }) | null;
  taxAmount: number;
  totalAmount: number;
  applied: AppliedPromotion[];
  notApplied: SkippedPromotion[];
  /** The entered code's fate: applied, or the reason it did not apply. */
  code: { code: string; applied: boolean; reason: string | null } | null;
  /** One sentence on why this combination of promotions was chosen. */
  summary: string;
}

/** Which promotions applied, which did not and why, and the entered code's fate: what a quote shows and an order keeps. */
export type PricingOutcome = Pick<PricedCart, 'applied' | 'notApplied' | 'code' | 'summary'>;
