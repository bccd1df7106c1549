// Web rings for everyone: the public ring list and index pages; for partners their memberships,
// joining and leaving, the ring bar snippet, and — for rings they own — requests and order.
import { decideJoinRequest, leaveRing, listRings, partnerRings, reorderRingMembers, requestToJoinRing, ringIndex, ringSnippets } from '@tandem/core/partners';
import { RingDecisionInput, RingJoinInput, RingLeaveInput, RingReorderInput, RingSlugInput } from '@tandem/validators';
import { partnerProcedure, publicProcedure, router } from '../trpc.ts';

const owner = (ctx: { partner: { id: string }; customer: { id: string } }) => ({ kind: 'partner' as const, partnerId: ctx.partner.id, customerId: ctx.customer.id });

export const ringsRouter = router({
  list: publicProcedure.query(({ ctx }) => listRings(ctx.services.prisma)),
  index: publicProcedure.input(RingSlugInput).query(({ ctx, input }) => ringIndex(ctx.services.prisma, input.slug)),

  mine: partnerProcedure.query(({ ctx }) => partnerRings(ctx.services.prisma, ctx.partner.id)),
  join: partnerProcedure.input(RingJoinInput).mutation(({ ctx, input }) => requestToJoinRing(ctx.services.prisma, { ...ctx.partner, customerId: ctx.customer.id }, input)),
  leave: partnerProcedure.input(RingLeaveInput).mutation(({ ctx, input }) => leaveRing(ctx.services.prisma, ctx.partner.id, input.slug)),
  snippet: partnerProcedure.input(RingSlugInput).query(async ({ ctx, input }) => {
    const ring = await ringIndex(ctx.services.prisma, input.slug);
    return ringSnippets({ apiUrl: ctx.services.partnerLinks.apiPublicUrl, ringSlug: ring.slug, ringName: ring.name, siteCode: ctx.partner.code });
  }),

  /** Ring owners: approve or reject a request to their ring. */
  decide: partnerProcedure.input(RingDecisionInput).mutation(({ ctx, input }) => decideJoinRequest(ctx.services.prisma, owner(ctx), input)),
  /** Ring owners: put their ring's members in a new order. */
  reorder: partnerProcedure.input(RingReorderInput).mutation(({ ctx, input }) => reorderRingMembers(ctx.services.prisma, owner(ctx), input)),
});
