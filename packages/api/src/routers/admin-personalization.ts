// Marketing's view of personalization: segment sizes and revenue share, and the recompute jobs.
import { DigestPeriodInput, ImportHistoryInput } from '@tandem/validators';
import { router, staffProcedure } from '../trpc.ts';

const marketing = staffProcedure('marketing');

export const adminPersonalizationRouter = router({
  segments: marketing.query(({ ctx }) => ctx.services.personalization.segments()),
  runs: marketing.query(({ ctx }) => ctx.services.adminPersonalization.runs()),
  queueDigests: marketing.input(DigestPeriodInput).mutation(async ({ ctx, input }) => ({ queued: await ctx.services.personalization.queueDigests(input.period) })),
  /** Warm start: historical orders or events from the previous shop's CSV export, with a report. */
  importHistory: marketing.input(ImportHistoryInput).mutation(({ ctx, input }) => ctx.services.adminPersonalization.importHistory(input)),
  recomputeSegments: marketing.mutation(({ ctx }) => ctx.services.adminPersonalization.recomputeSegments()),
  recomputeRecommendations: marketing.mutation(({ ctx }) => ctx.services.adminPersonalization.recomputeRecommendations()),
});
