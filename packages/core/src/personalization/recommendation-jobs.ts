// The job that keeps recommendations current: enqueued by a trigger on new behaviour events
// (one pending job per burst, NOTIFY wakes the worker) and by the API's interval as the safety
// net for paid orders. It runs the incremental update (a rebuild when there is no state yet).
import type { PrismaClient } from '@tandem/db';
import type { JobHandler } from '../jobs/index.ts';
import { recomputeRecommendations } from './recompute-recommendations.ts';

/** The job kind the BehaviourEvent trigger enqueues (migration `recs_finish_incremental_recommendations`). */
export const RECOMMENDATION_UPDATE_JOB = 'personalization.update-recommendations';

export function recommendationJobHandlers(prisma: PrismaClient, onDone?: (summary: string) => void): Record<string, JobHandler> {
  return {
    [RECOMMENDATION_UPDATE_JOB]: async () => {
      const result = await recomputeRecommendations(prisma, { now: new Date() });
      if (!result.skipped) onDone?.(`Recommendations ${result.mode === 'rebuild' ? 'rebuilt' : 'updated'}: ${result.events} event(s), ${result.purchases} purchase line(s), ${result.rewrittenProducts} list(s) rewritten, ${result.visitors} visitor(s) in ${result.ms.toFixed(0)} ms.`);
    },
  };
}
