import { GroupBuyIdInput, GroupBuyInput } from '@tandem/validators';
import { router, staffProcedure } from '../trpc.ts';

const marketingStaff = staffProcedure('marketing');

/** Marketing staff create group buys, watch their participants and tier, and close or cancel them early. */
export const adminGroupBuysRouter = router({
  list: marketingStaff.query(({ ctx }) => ctx.services.adminGroupBuys.list()),
  detail: marketingStaff.input(GroupBuyIdInput).query(({ ctx, input }) => ctx.services.adminGroupBuys.detail(input.id)),
  create: marketingStaff.input(GroupBuyInput).mutation(({ ctx, input }) => ctx.services.adminGroupBuys.create(ctx.staff, input)),
  /** Ends the deal now; the close job captures everyone at the final tier, or releases them below the minimum. */
  closeNow: marketingStaff.input(GroupBuyIdInput).mutation(({ ctx, input }) => ctx.services.adminGroupBuys.closeNow(ctx.staff, input.id)),
  cancel: marketingStaff.input(GroupBuyIdInput).mutation(({ ctx, input }) => ctx.services.adminGroupBuys.cancel(ctx.staff, input.id)),
});
