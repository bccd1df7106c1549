// Staff running web rings: create and edit rings, see members' health and clicks, moderate
// requests and members. Every write is audited (in the core functions' transactions).
import { RingCreateInput, RingDecisionInput, RingMemberRemoveInput, RingReorderInput, RingSlugInput, RingUpdateInput } from '@tandem/validators';
import { router, staffProcedure } from '../trpc.ts';

const partners = staffProcedure('partners');

export const adminRingsRouter = router({
  list: partners.query(({ ctx }) => ctx.services.adminRings.list()),
  detail: partners.input(RingSlugInput).query(({ ctx, input }) => ctx.services.adminRings.detail(input.slug)),
  create: partners.input(RingCreateInput).mutation(({ ctx, input }) => ctx.services.adminRings.create(ctx.staff, input)),
  update: partners.input(RingUpdateInput).mutation(({ ctx, input }) => ctx.services.adminRings.update(ctx.staff, input)),
  decide: partners.input(RingDecisionInput).mutation(({ ctx, input }) => ctx.services.adminRings.decide(ctx.staff, input)),
  reorder: partners.input(RingReorderInput).mutation(({ ctx, input }) => ctx.services.adminRings.reorder(ctx.staff, input)),
  removeMember: partners.input(RingMemberRemoveInput).mutation(({ ctx, input }) => ctx.services.adminRings.removeMember(ctx.staff, input.memberId)),
});
