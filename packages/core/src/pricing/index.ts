// The pricing context's only public door.
export { priceCart } from './price-cart.ts';
export type * from './types.ts';
export { priceStoredCart, type StoredCartPricing } from './price-stored-cart.ts';
export { loadPricingRules } from './load-pricing-rules.ts';
export { loadCustomerContext, type CustomerHints } from './load-customer-context.ts';
export { assertCodeStillApplies, reserveRedemptions, releaseRedemptions } from './redemptions.ts';
export { pricingSnapshotOf, stepsFromJson, toJson } from './order-snapshot.ts';
export { cartPricing, applyCartCode, removeCartCode, type CartPricingView, type CartPricingLine } from './cart-pricing.ts';
export { createPromotion, updatePromotion, listPromotions, savePriceList, listPriceLists, setVolumeTiers, setCustomerGroup } from './manage-rules.ts';
export { productDisplayPrices, type ProductDisplayPrice, type VariantDisplayPrice, type SaleWindow } from './display-prices.ts';
export { evaluateClearance } from './evaluate-clearance.ts';
export { clearanceRuleById, saveClearanceRule } from './manage-clearance.ts';
export { promotionUsage, type PromotionUsage } from './promotion-usage.ts';
export { previewPricing, type PricingPreview } from './preview-pricing.ts';
export { listClearanceRules } from './manage-clearance.ts';
export { priceListWithEntries, promotionById, type PromotionFilter } from './manage-rules.ts';
export { CODE_ATTEMPT_LIMITS } from './code-attempts.ts';
export { findRuleTargets, type RuleTarget } from './rule-targets.ts';
