// Marketing's side of personalization, bound to one database and the clock: the recompute
// runs and their history, and the warm-start import of a previous shop's export. Segment
// sizes and digests are on the personalization service, which shoppers' requests use too.
import type { PrismaClient } from '@tandem/db';
import { systemClock, type Clock } from '../shared/index.ts';
import { importHistory, type HistoryKind } from './import-history.ts';
import { recomputeRecommendations } from './recompute-recommendations.ts';
import { recomputeSegments } from './recompute-segments.ts';
import { requestSegmentRecompute } from './segment-jobs.ts';
import { segmentHistory, segmentMembers, segmentRun } from './segment-views.ts';
import { tierSummary } from './tier-summary.ts';

export interface PersonalizationAdminServiceOptions {
  /** Where "now" comes from (the recompute windows, imported rows' age); the machine's clock when absent. */
  clock?: Clock;
}

/** How many recompute runs the admin's history shows. */
const RECENT_RUNS = 20;

/**
 * Personalization as marketing staff run it.
 *
 * @example const personalization = createPersonalizationAdminService(db.prisma); await personalization.recomputeSegments()
 */
export function createPersonalizationAdminService(prisma: PrismaClient, options: PersonalizationAdminServiceOptions = {}) {
  const clock = options.clock ?? systemClock;
  return {
    /** The latest recompute runs, newest first. */
    runs: () =>
      prisma.personalizationRun.findMany({
        orderBy: { startedAt: 'desc' },
        take: RECENT_RUNS,
        select: { id: true, kind: true, status: true, processed: true, total: true, startedAt: true, finishedAt: true, error: true },
      }),
    /** Warm start: historical orders or events from the previous shop's CSV export, with a report. */
    importHistory: (input: { kind: HistoryKind; text: string }) => importHistory(prisma, input, { now: clock.now() }),
    recomputeSegments: () => recomputeSegments(prisma, { now: clock.now() }),
    /** Queues a segments recompute as a job (or joins the one queued or running); poll `segmentRun`. */
    requestSegmentRecompute: () => requestSegmentRecompute(prisma),
    segmentRun: (id: string) => segmentRun(prisma, id),
    /** Segment sizes at each computation of the last `days` days. */
    segmentHistory: (days: number) => segmentHistory(prisma, { since: new Date(clock.now().getTime() - days * 86_400_000) }),
    /** The four customer tiers' sizes and revenue shares, and the top 20 %'s share of revenue. */
    tiers: () => tierSummary(prisma),
    segmentMembers: (input: { segment: string; page: number; pageSize: number }) => segmentMembers(prisma, input),
    /** Rebuilds recommendations from the whole window, not only what changed since the last run. */
    recomputeRecommendations: () => recomputeRecommendations(prisma, { now: clock.now(), force: true }),
  };
}

export type PersonalizationAdminService = ReturnType<typeof createPersonalizationAdminService>;
