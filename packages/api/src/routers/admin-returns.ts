// The admin's returns queue: read with `orders.read`; approve, reject and receive with
// `orders.manage`; refund with `orders.manage` and the password again (money leaves the store).
// Every move is audited and e-mails the shopper.
import { RefundReturnInput, RejectReturnInput, ReturnIdInput, ReturnQueueInput } from '@tandem/validators';
import { router, sensitiveStaffProcedure, staffProcedure } from '../trpc.ts';

const reader = staffProcedure('orders.read');
const manager = staffProcedure('orders.manage');
const refunder = sensitiveStaffProcedure('orders.manage');
const ok = { ok: true as const };

export const adminReturnsRouter = router({
  queue: reader.input(ReturnQueueInput).query(({ ctx, input }) => ctx.services.adminReturns.queue(input.status)),
  approve: manager.input(ReturnIdInput).mutation(async ({ ctx, input }) => {
    await ctx.services.adminReturns.approve(ctx.staff, input.id);
    return ok;
  }),
  reject: manager.input(RejectReturnInput).mutation(async ({ ctx, input }) => {
    await ctx.services.adminReturns.reject(ctx.staff, input);
    return ok;
  }),
  receive: manager.input(ReturnIdInput).mutation(async ({ ctx, input }) => {
    await ctx.services.adminReturns.receive(ctx.staff, input.id);
    return ok;
  }),
  refund: refunder.input(RefundReturnInput).mutation(async ({ ctx, input }) => {
    await ctx.services.adminReturns.refund(ctx.staff, input);
    return ok;
  }),
});
