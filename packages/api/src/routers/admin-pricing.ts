import { createPromotion, evaluateClearance, listPriceLists, saveClearanceRule, listPromotions, savePriceList, setCustomerGroup, setVolumeTiers, updatePromotion } from '@tandem/core/pricing';
import { ClearanceRuleInput, PriceListInput, PromotionInput, SetCustomerGroupInput, UpdatePromotionInput, VolumeTiersInput } from '@tandem/validators';
import { router, staffProcedure } from '../trpc.ts';

/** Staff with the `marketing` permission (see @tandem/core/staff). */
const marketingStaff = staffProcedure('marketing');

/** Marketing staff manage promotions, price lists, volume tiers, clearance rules and customer groups. */
export const adminPricingRouter = router({
  promotions: marketingStaff.query(({ ctx }) => listPromotions(ctx.services.prisma)),
  createPromotion: marketingStaff.input(PromotionInput).mutation(({ ctx, input }) => createPromotion(ctx.services.prisma, ctx.staff, input)),
  updatePromotion: marketingStaff.input(UpdatePromotionInput).mutation(({ ctx, input }) => updatePromotion(ctx.services.prisma, ctx.staff, input.id, input.promotion)),
  priceLists: marketingStaff.query(({ ctx }) => listPriceLists(ctx.services.prisma)),
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
