// The personalization jobs of the API process: demo behaviour for a fresh demo store, then the
// recommendation tables (the incremental update on an interval, as the safety net for paid
// orders: new events enqueue it as a durable job; a full rebuild daily), the blend re-tuned on
// the store's own orders (daily; kept only when it beats the built-in setting), customer segments (a
// queued job shortly after start and on the interval, run by the long-job worker) and event
// retention. Each job is idempotent and keeps its state in the database, so several API
// processes can run them.
import { deleteExpiredEvents, recomputeRecommendations, requestSegmentRecompute, retuneServingBlend, type RetuningOutcome } from '@tandem/core/personalization';
import type { Clock } from '@tandem/core/shared';
import { seedDemoBehaviour } from '@tandem/demo';
import type { PrismaClient } from '@tandem/db';
import type { ApiEnv } from './env.ts';
import { log } from './logger.ts';
import { startIntervalJob, type StopIntervalJob } from './interval-job.ts';

/** How long after start the first segments computation waits (demo data settles first). */
const SEGMENTS_AFTER_START_MS = 5_000;

export async function startPersonalizationJobs(prisma: PrismaClient, env: ApiEnv, clock: Clock): Promise<StopIntervalJob[]> {
  if (env.SEED_DEMO) {
    const events = await seedDemoBehaviour(prisma, { now: clock.now() });
    if (events) log.info(`Demo behaviour: ${events} synthetic events with planted preferences.`);
  }
  const recompute = async (force = false) => {
    const result = await recomputeRecommendations(prisma, { now: clock.now(), force });
    return result.skipped ? 0 : result.neighbours;
  };
  // Fresh tables at start, then on the interval.
  await recompute().then((n) => n && log.info(`Recommendations: ${n} neighbour rows.`)).catch((error: unknown) => log.error({ err: error }, 'Recommendations failed'));
  // Queued, not awaited: the start is not held up, and a store that just started still shows
  // segments within seconds (whichever process's worker claims the job computes them once).
  await requestSegmentRecompute(prisma, { delayMs: SEGMENTS_AFTER_START_MS }).catch((error: unknown) => log.error({ err: error }, 'Could not queue segments'));
  return [
    startIntervalJob(prisma, 'recommendations', env.RECOMMENDATIONS_INTERVAL_MS, () => recompute(), (n) => `Recommendations updated: ${n} neighbour rows.`),
    startIntervalJob(prisma, 'recommendation rebuild', env.RECOMMENDATIONS_REBUILD_INTERVAL_MS, () => recompute(true), (n) => `Recommendations rebuilt: ${n} neighbour rows.`),
    startIntervalJob(prisma, 'recommendation blend tuning', env.RECOMMENDATIONS_TUNING_INTERVAL_MS, async () => logTuning(await retuneServingBlend(prisma, clock.now())), () => ''),
    startIntervalJob(prisma, 'segments', env.SEGMENTS_INTERVAL_MS, async () => ((await requestSegmentRecompute(prisma)).queued ? 1 : 0), () => 'Segments recompute queued.'),
    startIntervalJob(prisma, 'event retention', 3_600_000, () => deleteExpiredEvents(prisma, env.EVENT_RETENTION_DAYS, clock.now()), (n) => `Deleted ${n} behaviour event(s) past retention.`),
  ];
}

/** Logs what the re-tuning decided, whatever it was; returns 0, so the interval job adds no line of its own. */
function logTuning(outcome: RetuningOutcome): number {
  const { orders, days } = outcome.history;
  if (outcome.kind === 'too_little_history') log.info(`Recommendation blend: ${orders} order(s) over ${days} day(s) are too few to re-tune; the built-in setting stays.`);
  else log.info(`Recommendation blend: held-out hit rate ${outcome.hitRate.toFixed(3)} against the built-in setting's ${outcome.builtInHitRate.toFixed(3)}; ${outcome.kind === 'learned' ? 'stored the learned setting' : 'the built-in setting stays'}.`);
  return 0;
}
