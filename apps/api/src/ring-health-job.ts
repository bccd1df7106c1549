// The web ring health check as an interval job: each run checks the members whose last check is
// older than the interval, so several API processes share the work instead of repeating it.
import { checkRingHealth } from '@tandem/core/partners';
import type { Clock } from '@tandem/core/shared';
import type { PrismaClient } from '@tandem/db';
import type { ApiEnv } from './env.ts';
import { startIntervalJob, type StopIntervalJob } from './interval-job.ts';
import { createRingPageFetcher } from './outbound/ring-page-fetcher.ts';

export function startRingHealthJob(prisma: PrismaClient, env: ApiEnv, clock: Clock): StopIntervalJob {
  const fetcher = createRingPageFetcher({ allowPrivateNetwork: env.RING_HEALTH_ALLOW_PRIVATE_NETWORK });
  // Looks for due members more often than the interval, so new members are checked soon.
  const tick = Math.min(env.RING_HEALTH_INTERVAL_MS, 60_000);
  return startIntervalJob(
    prisma,
    'ring health',
    tick,
    async () => (await checkRingHealth(prisma, { fetcher, now: clock.now(), minIntervalMs: env.RING_HEALTH_INTERVAL_MS, storeEmail: env.RINGS_STORE_EMAIL, adminUrl: env.ADMIN_URL, storefrontUrl: env.STOREFRONT_URL })).changed.length,
    (n) => `Web ring health: ${n} member(s) changed state.`,
  );
}
