// Web rings for everyone: the public ring list and index pages; for partners their memberships,
// joining and leaving, the ring bar snippet, and — for rings they own — requests and order.
import { RingDecisionInput, RingJoinInput, RingLeaveInput, RingReorderInput, RingSlugInput } from '@tandem/validators';
import { partnerProcedure, publicProcedure, router } from '../trpc.ts';

const owner = (ctx: { partner: { id: string }; customer: { id: string } }) => ({ kind: 'partner' as const, partnerId: ctx.partner.id, customerId: ctx.customer.id });

export const ringsRouter = router({
  list: publicProcedure.query(({ ctx }) => ctx.services.rings.list()),
  index: publicProcedure.input(RingSlugInput).query(({ ctx, input }) => ctx.services.rings.index(input.slug)),

  mine: partnerProcedure.query(({ ctx }) => ctx.services.rings.mine(ctx.partner.id)),
  join: partnerProcedure.input(RingJoinInput).mutation(({ ctx, input }) => ctx.services.rings.join({ ...ctx.partner, customerId: ctx.customer.id }, input)),
  leave: partnerProcedure.input(RingLeaveInput).mutation(({ ctx, input }) => ctx.services.rings.leave(ctx.partner.id, input.slug)),
  snippet: partnerProcedure.input(RingSlugInput).query(({ ctx, input }) => ctx.services.rings.snippet(ctx.partner.code, input.slug)),

  /** Ring owners: approve or reject a request to their ring. */
  decide: partnerProcedure.input(RingDecisionInput).mutation(({ ctx, input }) => ctx.services.rings.decide(owner(ctx), input)),
  /** Ring owners: put their ring's members in a new order. */
  reorder: partnerProcedure.input(RingReorderInput).mutation(({ ctx, input }) => ctx.services.rings.reorder(owner(ctx), input)),
});
