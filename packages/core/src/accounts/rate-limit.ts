// Database-backed sliding-window rate limits: each counted event is a RateLimitHit row in a
// bucket ("sign-in failures of this e-mail"); a bucket is over its limit while it holds `limit`
// hits younger than the window. Works the same across any number of API processes.
import type { PrismaClient } from '@tandem/db';
import { hashToken } from './tokens.ts';

export interface RateLimitRule {
  /** Names the bucket family, e.g. `sign-in:email`. */
  name: string;
  limit: number;
  windowMs: number;
}

const MINUTE = 60_000;

/** The limits of the accounts context. */
export const RATE_LIMITS = {
  signInPerEmail: { name: 'sign-in:email', limit: 5, windowMs: 15 * MINUTE },
  signInPerIp: { name: 'sign-in:ip', limit: 20, windowMs: 15 * MINUTE },
  /** Sign-ups refused for a taken e-mail, per address: bounds probing which e-mails have accounts. */
  signUpConflictsPerIp: { name: 'sign-up-conflict:ip', limit: 10, windowMs: 15 * MINUTE },
  resetRequestsPerEmail: { name: 'reset:email', limit: 3, windowMs: 60 * MINUTE },
  resetRequestsPerIp: { name: 'reset:ip', limit: 20, windowMs: 60 * MINUTE },
} satisfies Record<string, RateLimitRule>;

/** How often (at most) one process deletes hits older than every window. */
const PRUNE_EVERY_MS = 10 * MINUTE;
const RETENTION_MS = Math.max(...Object.values(RATE_LIMITS).map((rule) => rule.windowMs));

/** A rule applied to one key (an e-mail, an address). Keys are stored hashed: no e-mails or IPs at rest. */
export interface Bucket {
  rule: RateLimitRule;
  id: string;
}

export function bucket(rule: RateLimitRule, key: string): Bucket {
  return { rule, id: `${rule.name}:${hashToken(key)}` };
}

export function createRateLimiter(prisma: PrismaClient) {
  let lastPrune = 0;

  /** When the bucket may be used again, or null when it is under its limit now. */
  async function blockedUntil({ rule, id }: Bucket, now: Date): Promise<Date | null> {
    const recent = await prisma.rateLimitHit.findMany({
      where: { bucket: id, createdAt: { gt: new Date(now.getTime() - rule.windowMs) } },
      orderBy: { createdAt: 'desc' },
      take: rule.limit,
      select: { createdAt: true },
    });
    // Under the limit again once the limit-th most recent hit leaves the window.
    const oldestCounted = recent.length >= rule.limit ? recent[rule.limit - 1] : undefined;
    return oldestCounted ? new Date(oldestCounted.createdAt.getTime() + rule.windowMs) : null;
  }

  return {
    /** The latest time any of the buckets is blocked until, or null when none is blocked. */
    async blockedUntil(buckets: readonly Bucket[], now: Date): Promise<Date | null> {
      const times = (await Promise.all(buckets.map((b) => blockedUntil(b, now)))).filter((t) => t !== null);
      return times.length ? new Date(Math.max(...times.map((t) => t.getTime()))) : null;
    },

    /** Counts one event in each bucket; now and then also forgets hits too old to matter. */
    async hit(buckets: readonly Bucket[], now: Date): Promise<void> {
      await prisma.rateLimitHit.createMany({ data: buckets.map((b) => ({ bucket: b.id, createdAt: now })) });
      if (now.getTime() - lastPrune >= PRUNE_EVERY_MS) {
        lastPrune = now.getTime();
        await prisma.rateLimitHit.deleteMany({ where: { createdAt: { lt: new Date(now.getTime() - RETENTION_MS) } } });
      }
    },

    /** Forgets a bucket's hits (after a successful sign-in, failures no longer count). */
    async clear(target: Bucket): Promise<void> {
      await prisma.rateLimitHit.deleteMany({ where: { bucket: target.id } });
    },
  };
}

export type RateLimiter = ReturnType<typeof createRateLimiter>;

/** "Try again in 12 minutes." — rounded up, never "0 minutes". */
export function retryMessage(retryAt: Date, now: Date): string {
  const minutes = Math.max(1, Math.ceil((retryAt.getTime() - now.getTime()) / MINUTE));
  return `Try again in ${minutes} ${minutes === 1 ? 'minute' : 'minutes'}.`;
}
