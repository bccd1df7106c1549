// Staff running web rings: create and edit rings, see members' health and clicks, moderate
// requests and members. Every write is audited (in the core functions' transactions).
import { adminRingList, createRing, decideJoinRequest, removeRingMember, reorderRingMembers, ringDetail, updateRing } from '@tandem/core/partners';
import { RingCreateInput, RingDecisionInput, RingMemberRemoveInput, RingReorderInput, RingSlugInput, RingUpdateInput } from '@tandem/validators';
import { router, staffProcedure } from '../trpc.ts';

const partners = staffProcedure('partners');
const staff = (ctx: { staff: { id: string; email: string } }) => ({ kind: 'staff' as const, staff: ctx.staff });

export const adminRingsRouter = router({
  list: partners.query(({ ctx }) => adminRingList(ctx.services.prisma)),
  detail: partners.input(RingSlugInput).query(({ ctx, input }) => ringDetail(ctx.services.prisma, input.slug, ctx.services.clock.now())),
  create: partners.input(RingCreateInput).mutation(({ ctx, input }) => createRing(ctx.services.prisma, ctx.staff, input)),
  update: partners.input(RingUpdateInput).mutation(({ ctx, input }) => updateRing(ctx.services.prisma, ctx.staff, input)),
  decide: partners.input(RingDecisionInput).mutation(({ ctx, input }) => decideJoinRequest(ctx.services.prisma, staff(ctx), input)),
  reorder: partners.input(RingReorderInput).mutation(({ ctx, input }) => reorderRingMembers(ctx.services.prisma, staff(ctx), input)),
  removeMember: partners.input(RingMemberRemoveInput).mutation(({ ctx, input }) => removeRingMember(ctx.services.prisma, ctx.staff, input.memberId)),
});
