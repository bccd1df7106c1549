import { createPromotion, evaluateClearance, listPriceLists, saveClearanceRule, listPromotions, savePriceList, setCustomerGroup, setVolumeTiers, updatePromotion } from '@tandem/core/pricing';
import { ClearanceRuleInput, PriceListInput, PromotionInput, SetCustomerGroupInput, UpdatePromotionInput, VolumeTiersInput } from '@tandem/validators';
import { adminProcedure, router } from '../trpc.ts';

/** Store administrators manage promotions, price lists, volume tiers and customer groups. */
export const adminPricingRouter = router({
  promotions: adminProcedure.query(({ ctx }) => listPromotions(ctx.services.prisma)),
  createPromotion: adminProcedure.input(PromotionInput).mutation(({ ctx, input }) => createPromotion(ctx.services.prisma, input)),
  updatePromotion: adminProcedure.input(UpdatePromotionInput).mutation(({ ctx, input }) => updatePromotion(ctx.services.prisma, input.id, input.promotion)),
  priceLists: adminProcedure.query(({ ctx }) => listPriceLists(ctx.services.prisma)),
  savePriceList: adminProcedure.input(PriceListInput).mutation(({ ctx, input }) => savePriceList(ctx.services.prisma, input)),
  setVolumeTiers: adminProcedure.input(VolumeTiersInput).mutation(({ ctx, input }) => setVolumeTiers(ctx.services.prisma, input)),
  saveClearanceRule: adminProcedure.input(ClearanceRuleInput).mutation(({ ctx, input }) => saveClearanceRule(ctx.services.prisma, input)),
  /** Re-prices clearance now instead of waiting for the job's next run. */
  evaluateClearance: adminProcedure.mutation(async ({ ctx }) => ({ variants: await evaluateClearance(ctx.services.prisma) })),
  setCustomerGroup: adminProcedure.input(SetCustomerGroupInput).mutation(async ({ ctx, input }) => {
    await setCustomerGroup(ctx.services.prisma, input.customerId, input.customerGroup);
    return { ok: true as const };
  }),
});
