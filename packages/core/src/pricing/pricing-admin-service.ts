// Marketing's side of pricing, bound to one database and the clock: promotions, price lists,
// volume tiers, clearance rules, customer groups and the preview of a draft rule. Every write
// is audited in its transaction by the function it calls.
import type { PrismaClient } from '@tandem/db';
import type { ClearanceRuleInput, PriceListInput, PricingPreviewInput, PromotionInput, VolumeTiersInput } from '@tandem/validators';
import { systemClock, type Clock } from '../shared/index.ts';
import type { StaffActor } from '../staff/index.ts';
import { evaluateClearance } from './evaluate-clearance.ts';
import { clearanceRuleById, listClearanceRules, saveClearanceRule } from './manage-clearance.ts';
import {
  createPromotion, listPriceLists, listPromotions, priceListWithEntries, promotionById, savePriceList, setCustomerGroup, setVolumeTiers, updatePromotion,
  type PromotionFilter,
} from './manage-rules.ts';
import { previewPricing } from './preview-pricing.ts';
import { findRuleTargets, ruleTargetsByIds } from './rule-targets.ts';

export interface PricingAdminServiceOptions {
  /** Where "now" comes from (live or ended promotions, previews, clearance); the machine's clock when absent. */
  clock?: Clock;
}

/**
 * Pricing rules as staff manage them.
 *
 * @example const pricing = createPricingAdminService(db.prisma); await pricing.promotions({ status: 'live' })
 */
export function createPricingAdminService(prisma: PrismaClient, options: PricingAdminServiceOptions = {}) {
  const clock = options.clock ?? systemClock;
  return {
    promotions: (filter: PromotionFilter) => listPromotions(prisma, filter, clock.now()),
    promotion: (id: string) => promotionById(prisma, id),
    createPromotion: (actor: StaffActor, input: PromotionInput) => createPromotion(prisma, actor, input),
    updatePromotion: (actor: StaffActor, id: string, input: PromotionInput) => updatePromotion(prisma, actor, id, input),
    priceLists: () => listPriceLists(prisma),
    priceList: (id: string) => priceListWithEntries(prisma, id),
    savePriceList: (actor: StaffActor, input: PriceListInput) => savePriceList(prisma, actor, input),
    setVolumeTiers: (actor: StaffActor, input: VolumeTiersInput) => setVolumeTiers(prisma, actor, input),
    clearanceRules: () => listClearanceRules(prisma),
    clearanceRule: (id: string) => clearanceRuleById(prisma, id),
    saveClearanceRule: (actor: StaffActor, input: ClearanceRuleInput) => saveClearanceRule(prisma, actor, input),
    /** Re-prices clearance now; returns how many variants hold a clearance price. */
    evaluateClearance: () => evaluateClearance(prisma, clock.now()),
    /** Products (with their variants) a rule can target, by title, slug or SKU. */
    ruleTargets: (query: string, limit?: number) => findRuleTargets(prisma, query, limit),
    /** The products a saved rule targets (by product or variant id), to name them in its form. */
    ruleTargetsByIds: (ids: { productIds: readonly string[]; variantIds: readonly string[] }) => ruleTargetsByIds(prisma, ids),
    /** A sample cart priced with the draft rule added to the live ones; nothing is saved. */
    preview: (input: PricingPreviewInput) => previewPricing(prisma, input, clock.now()),
    setCustomerGroup: (actor: StaffActor, customerId: string, customerGroup: PriceListInput['customerGroup']) => setCustomerGroup(prisma, actor, customerId, customerGroup),
  };
}

export type PricingAdminService = ReturnType<typeof createPricingAdminService>;
