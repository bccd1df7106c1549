import { clearanceRuleById, createPromotion, findRuleTargets, evaluateClearance, listClearanceRules, previewPricing, priceListWithEntries, promotionById, listPriceLists, saveClearanceRule, listPromotions, savePriceList, setCustomerGroup, setVolumeTiers, updatePromotion } from '@tandem/core/pricing';
import { ClearanceRuleInput, PricingPreviewInput, PromotionListInput, PriceListInput, PromotionInput, RuleTargetSearchInput, SetCustomerGroupInput, UpdatePromotionInput, VolumeTiersInput } from '@tandem/validators';
import { z } from 'zod';
import { router, staffProcedure } from '../trpc.ts';

const IdInput = z.object({ id: z.string().trim().min(1).max(64) });

/** Staff with the `marketing` permission (see @tandem/core/staff). */
const marketingStaff = staffProcedure('marketing');

/** Marketing staff manage promotions, price lists, volume tiers, clearance rules and customer groups. */
export const adminPricingRouter = router({
  promotions: marketingStaff.input(PromotionListInput).query(({ ctx, input }) => listPromotions(ctx.services.prisma, input, ctx.services.clock.now())),
  promotion: marketingStaff.input(IdInput).query(({ ctx, input }) => promotionById(ctx.services.prisma, input.id)),
  createPromotion: marketingStaff.input(PromotionInput).mutation(({ ctx, input }) => createPromotion(ctx.services.prisma, ctx.staff, input)),
  updatePromotion: marketingStaff.input(UpdatePromotionInput).mutation(({ ctx, input }) => updatePromotion(ctx.services.prisma, ctx.staff, input.id, input.promotion)),
  priceLists: marketingStaff.query(({ ctx }) => listPriceLists(ctx.services.prisma)),
  priceList: marketingStaff.input(IdInput).query(({ ctx, input }) => priceListWithEntries(ctx.services.prisma, input.id)),
  clearanceRules: marketingStaff.query(({ ctx }) => listClearanceRules(ctx.services.prisma)),
  clearanceRule: marketingStaff.input(IdInput).query(({ ctx, input }) => clearanceRuleById(ctx.services.prisma, input.id)),
  /** Products (with their variants) a rule can target, by title, slug or SKU, for the forms' product picker. */
  ruleTargets: marketingStaff.input(RuleTargetSearchInput).query(({ ctx, input }) => findRuleTargets(ctx.services.prisma, input.query, input.limit)),
  /** A sample cart priced with the draft rule added to the live ones (nothing is saved), with the engine's explanation. */
  preview: marketingStaff.input(PricingPreviewInput).query(({ ctx, input }) => previewPricing(ctx.services.prisma, input, ctx.services.clock.now())),
  savePriceList: marketingStaff.input(PriceListInput).mutation(({ ctx, input }) => savePriceList(ctx.services.prisma, ctx.staff, input)),
  setVolumeTiers: marketingStaff.input(VolumeTiersInput).mutation(({ ctx, input }) => setVolumeTiers(ctx.services.prisma, ctx.staff, input)),
  saveClearanceRule: marketingStaff.input(ClearanceRuleInput).mutation(({ ctx, input }) => saveClearanceRule(ctx.services.prisma, ctx.staff, input)),
  /** Re-prices clearance now instead of waiting for the job's next run. */
  evaluateClearance: marketingStaff.mutation(async ({ ctx }) => ({ variants: await evaluateClearance(ctx.services.prisma) })),
  setCustomerGroup: marketingStaff.input(SetCustomerGroupInput).mutation(async ({ ctx, input }) => {
    await setCustomerGroup(ctx.services.prisma, ctx.staff, input.customerId, input.customerGroup);
    return { ok: true as const };
  }),
});
