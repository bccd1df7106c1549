// Offer feeds fetched by URL on a schedule (core/offers/feed-schedules.ts): an interval job that
// queues the due feeds once across all API processes, and the worker's handler that downloads
// each through the guarded GET (address policy, deadline, size limit) and imports it.
import { offerFeedJobHandlers, queueDueOfferFeeds } from '@tandem/core/offers';
import type { JobHandler } from '@tandem/core/jobs';
import type { Clock } from '@tandem/core/shared';
import type { PrismaClient } from '@tandem/db';
import type { ApiEnv } from './env.ts';
import { startIntervalJob, type StopIntervalJob } from './interval-job.ts';
import { log } from './logger.ts';
import { createPartnerContentFetcher } from './outbound/partner-content-fetcher.ts';

/** Feeds run to megabytes: a minute for the whole download. */
const FEED_TIMEOUT_MS = 60_000;

/** Looks for due feeds every minute, so a new schedule or a passed due time is picked up soon. */
export function startOfferFeedSchedule(prisma: PrismaClient, clock: Clock): StopIntervalJob {
  return startIntervalJob(prisma, 'offer feeds', 60_000, () => queueDueOfferFeeds(prisma, clock.now()), (n) => `Queued ${n} scheduled offer feed fetch(es).`);
}

export function offerFeedWorkerHandlers(prisma: PrismaClient, env: ApiEnv, clock: Clock): Record<string, JobHandler> {
  return offerFeedJobHandlers(prisma, {
    fetchFeed: createPartnerContentFetcher({ timeoutMs: FEED_TIMEOUT_MS, allowPrivateHosts: env.PARTNER_FEED_ALLOW_PRIVATE_HOSTS }),
    now: () => clock.now(),
    onFailure: (sourceSlug, error) => log.warn({ err: error, source: sourceSlug }, `The scheduled offer feed of ${sourceSlug} could not be imported`),
  });
}
