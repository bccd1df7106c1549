// Marketing's view of personalization: segment sizes, their history and members, and the recompute jobs.
import { DigestPeriodInput, ImportHistoryInput, SegmentHistoryInput, SegmentMembersInput, SegmentRunInput } from '@tandem/validators';
import { router, staffProcedure } from '../trpc.ts';

const marketing = staffProcedure('marketing');

export const adminPersonalizationRouter = router({
  segments: marketing.query(({ ctx }) => ctx.services.personalization.segments()),
  /** The four customer tiers (large loyal, large switching, medium transactional, small loyal) and the top 20 %'s revenue share. */
  tiers: marketing.query(({ ctx }) => ctx.services.adminPersonalization.tiers()),
  runs: marketing.query(({ ctx }) => ctx.services.adminPersonalization.runs()),
  queueDigests: marketing.input(DigestPeriodInput).mutation(async ({ ctx, input }) => ({ queued: await ctx.services.personalization.queueDigests(input.period) })),
  /** Warm start: historical orders or events from the previous shop's CSV export, with a report. */
  importHistory: marketing.input(ImportHistoryInput).mutation(({ ctx, input }) => ctx.services.adminPersonalization.importHistory(input)),
  recomputeSegments: marketing.mutation(({ ctx }) => ctx.services.adminPersonalization.recomputeSegments()),
  /** Queues the recompute as a job (or joins the one queued or running): `{ runId, queued }`. */
  requestSegmentRecompute: marketing.mutation(({ ctx }) => ctx.services.adminPersonalization.requestSegmentRecompute()),
  /** A recompute's progress (processed of total steps) and, once done, its segment sizes. */
  segmentRun: marketing.input(SegmentRunInput).query(({ ctx, input }) => ctx.services.adminPersonalization.segmentRun(input.id)),
  segmentHistory: marketing.input(SegmentHistoryInput).query(({ ctx, input }) => ctx.services.adminPersonalization.segmentHistory(input.days)),
  segmentMembers: marketing.input(SegmentMembersInput).query(({ ctx, input }) => ctx.services.adminPersonalization.segmentMembers(input)),
  recomputeRecommendations: marketing.mutation(({ ctx }) => ctx.services.adminPersonalization.recomputeRecommendations()),
});
