import { ClearanceRuleInput, IdInput, PricingPreviewInput, PromotionListInput, PriceListInput, PromotionInput, RuleTargetIdsInput, RuleTargetSearchInput, SetCustomerGroupInput, UpdatePromotionInput, VolumeTiersInput } from '@tandem/validators';
import { router, staffProcedure } from '../trpc.ts';

/** Staff with the `marketing` permission (see @tandem/core/staff). */
const marketingStaff = staffProcedure('marketing');

/** Marketing staff manage promotions, price lists, volume tiers, clearance rules and customer groups. */
export const adminPricingRouter = router({
  promotions: marketingStaff.input(PromotionListInput).query(({ ctx, input }) => ctx.services.adminPricing.promotions(input)),
  promotion: marketingStaff.input(IdInput).query(({ ctx, input }) => ctx.services.adminPricing.promotion(input.id)),
  createPromotion: marketingStaff.input(PromotionInput).mutation(({ ctx, input }) => ctx.services.adminPricing.createPromotion(ctx.staff, input)),
  updatePromotion: marketingStaff.input(UpdatePromotionInput).mutation(({ ctx, input }) => ctx.services.adminPricing.updatePromotion(ctx.staff, input.id, input.promotion)),
  priceLists: marketingStaff.query(({ ctx }) => ctx.services.adminPricing.priceLists()),
  priceList: marketingStaff.input(IdInput).query(({ ctx, input }) => ctx.services.adminPricing.priceList(input.id)),
  clearanceRules: marketingStaff.query(({ ctx }) => ctx.services.adminPricing.clearanceRules()),
  clearanceRule: marketingStaff.input(IdInput).query(({ ctx, input }) => ctx.services.adminPricing.clearanceRule(input.id)),
  /** Products (with their variants) a rule can target, by title, slug or SKU, for the forms' product picker. */
  ruleTargets: marketingStaff.input(RuleTargetSearchInput).query(({ ctx, input }) => ctx.services.adminPricing.ruleTargets(input.query, input.limit)),
  /** The products (with their variants) a saved rule targets, so its form shows their names. */
  ruleTargetsByIds: marketingStaff.input(RuleTargetIdsInput).query(({ ctx, input }) => ctx.services.adminPricing.ruleTargetsByIds(input)),
  /** A sample cart priced with the draft rule added to the live ones (nothing is saved), with the engine's explanation. */
  preview: marketingStaff.input(PricingPreviewInput).query(({ ctx, input }) => ctx.services.adminPricing.preview(input)),
  savePriceList: marketingStaff.input(PriceListInput).mutation(({ ctx, input }) => ctx.services.adminPricing.savePriceList(ctx.staff, input)),
  setVolumeTiers: marketingStaff.input(VolumeTiersInput).mutation(({ ctx, input }) => ctx.services.adminPricing.setVolumeTiers(ctx.staff, input)),
  saveClearanceRule: marketingStaff.input(ClearanceRuleInput).mutation(({ ctx, input }) => ctx.services.adminPricing.saveClearanceRule(ctx.staff, input)),
  /** Re-prices clearance now instead of waiting for the job's next run. */
  evaluateClearance: marketingStaff.mutation(async ({ ctx }) => ({ variants: await ctx.services.adminPricing.evaluateClearance() })),
  setCustomerGroup: marketingStaff.input(SetCustomerGroupInput).mutation(async ({ ctx, input }) => {
    await ctx.services.adminPricing.setCustomerGroup(ctx.staff, input.customerId, input.customerGroup);
    return { ok: true as const };
  }),
});
