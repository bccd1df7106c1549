import { cancelGroupBuy, closeGroupBuyNow, createGroupBuy, groupBuyDetail, listGroupBuys } from '@tandem/core/group-buys';
import { GroupBuyIdInput, GroupBuyInput } from '@tandem/validators';
import { router, staffProcedure } from '../trpc.ts';

const marketingStaff = staffProcedure('marketing');

/** Marketing staff create group buys, watch their participants and tier, and close or cancel them early. */
export const adminGroupBuysRouter = router({
  list: marketingStaff.query(({ ctx }) => listGroupBuys(ctx.services.prisma, ctx.services.clock.now())),
  detail: marketingStaff.input(GroupBuyIdInput).query(({ ctx, input }) => groupBuyDetail(ctx.services.prisma, input.id)),
  create: marketingStaff.input(GroupBuyInput).mutation(({ ctx, input }) => createGroupBuy(ctx.services.prisma, ctx.staff, input, ctx.services.clock.now())),
  /** Ends the deal now; the close job captures everyone at the final tier, or releases them below the minimum. */
  closeNow: marketingStaff.input(GroupBuyIdInput).mutation(({ ctx, input }) => closeGroupBuyNow(ctx.services.prisma, ctx.staff, input.id, ctx.services.clock.now())),
  cancel: marketingStaff.input(GroupBuyIdInput).mutation(({ ctx, input }) => cancelGroupBuy(ctx.services.prisma, ctx.staff, input.id, ctx.services.clock.now())),
});
