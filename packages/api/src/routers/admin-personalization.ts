// Marketing's view of personalization: segment sizes and revenue share, and the recompute jobs.
import { importHistory, recomputeRecommendations, recomputeSegments } from '@tandem/core/personalization';
import { DigestPeriodInput, ImportHistoryInput } from '@tandem/validators';
import { router, staffProcedure } from '../trpc.ts';

const marketing = staffProcedure('marketing');

export const adminPersonalizationRouter = router({
  segments: marketing.query(({ ctx }) => ctx.services.personalization.segments()),
  runs: marketing.query(({ ctx }) => ctx.services.prisma.personalizationRun.findMany({ orderBy: { startedAt: 'desc' }, take: 20, select: { id: true, kind: true, status: true, processed: true, total: true, startedAt: true, finishedAt: true, error: true } })),
  queueDigests: marketing.input(DigestPeriodInput).mutation(async ({ ctx, input }) => ({ queued: await ctx.services.personalization.queueDigests(input.period) })),
  /** Warm start: historical orders or events from the previous shop's CSV export, with a report. */
  importHistory: marketing.input(ImportHistoryInput).mutation(({ ctx, input }) => importHistory(ctx.services.prisma, input)),
  recomputeSegments: marketing.mutation(({ ctx }) => recomputeSegments(ctx.services.prisma, { now: ctx.services.clock.now() })),
  recomputeRecommendations: marketing.mutation(({ ctx }) => recomputeRecommendations(ctx.services.prisma, { now: ctx.services.clock.now(), force: true })),
});
