// The one rate limiter of the codebase: fixed-window counters in the database (RateLimitCounter),
// each moved by a single atomic statement. A caller reserves a point first and decides from the
// count that statement returns, so a batch or a burst of parallel requests cannot all pass a
// check before any of them is counted, and every API process sees the same counts.
// Hand-written rather than rate-limiter-flexible: see docs/decisions.md (2026-12-07).
import { Prisma, type PrismaClient } from '@tandem/db';
import { hashToken } from './tokens.ts';

export interface RateLimitRule {
  /** Names the bucket family, e.g. `sign-in:email`. */
  name: string;
  /** Points a window allows; the next reservation is over the limit. */
  limit: number;
  windowMs: number;
}

const MINUTE = 60_000;

/** The accounts context's limits besides sign-in (whose rules are in sign-in-throttle.ts). */
export const RATE_LIMITS = {
  /** Sign-ups refused for a taken e-mail, per address: bounds probing which e-mails have accounts. */
  signUpConflictsPerIp: { name: 'sign-up-conflict:ip', limit: 10, windowMs: 15 * MINUTE },
  resetRequestsPerEmail: { name: 'reset:email', limit: 3, windowMs: 60 * MINUTE },
  resetRequestsPerIp: { name: 'reset:ip', limit: 20, windowMs: 60 * MINUTE },
  /** "Send the confirmation e-mail again", per account: enough for a lost mail, not for flooding an inbox. */
  verificationResendsPerAccount: { name: 'verify-resend:account', limit: 3, windowMs: 60 * MINUTE },
} satisfies Record<string, RateLimitRule>;

/** A rule applied to one key (an e-mail, an address). Keys are stored hashed: no e-mails or IPs at rest. */
export interface Bucket {
  rule: RateLimitRule;
  id: string;
}

/** A bucket's state right after a reservation counted in it. */
export interface Reservation {
  bucket: Bucket;
  /** Points in the window, this reservation included. */
  count: number;
  windowEndsAt: Date;
  /** The reservation before this one in the same window, or null when this one opened it. */
  previousAt: Date | null;
}

export function bucket(rule: RateLimitRule, key: string): Bucket {
  return { rule, id: `${rule.name}:${hashToken(key)}` };
}

/** Whether a reservation went past its rule's limit. */
export const isOver = (r: Reservation): boolean => r.count > r.bucket.rule.limit;

/** The latest window end among the reservations over their limit, or null when none is. */
export function blockedUntil(reservations: readonly Reservation[]): Date | null {
  const over = reservations.filter(isOver).map((r) => r.windowEndsAt.getTime());
  return over.length ? new Date(Math.max(...over)) : null;
}

/** How often (at most) one process deletes counters whose window has ended. */
const PRUNE_EVERY_MS = 10 * MINUTE;

interface CounterRow {
  bucket: string;
  count: number;
  windowEndsAt: Date;
  previousAt: Date | null;
}

/**
 * The limiter over one database client. Created once per service; any number of processes may
 * share the database.
 *
 * @example
 * const [perIp] = await limiter.reserve([bucket(QUESTIONS_PER_IP, ip)], now);
 * if (isOver(perIp)) throw new RateLimitedError(`… ${retryMessage(perIp.windowEndsAt, now)}`, perIp.windowEndsAt);
 */
export function createRateLimiter(prisma: PrismaClient) {
  let lastPrune = 0;

  async function prune(now: Date): Promise<void> {
    if (now.getTime() - lastPrune < PRUNE_EVERY_MS) return;
    lastPrune = now.getTime();
    await prisma.rateLimitCounter.deleteMany({ where: { windowEndsAt: { lte: now } } });
  }

  return {
    /**
     * Counts one point in every bucket in one statement and returns each bucket's count after it
     * (in the order given). A bucket whose window has ended starts a new one at `now`. Buckets are
     * written in id order, so two statements over the same buckets never deadlock.
     */
    async reserve(buckets: readonly Bucket[], now: Date): Promise<Reservation[]> {
      if (!buckets.length) return [];
      const unique = [...new Map(buckets.map((b) => [b.id, b])).values()].sort((a, b) => (a.id < b.id ? -1 : 1));
      const values = unique.map((b) => Prisma.sql`(${b.id}, 1, ${new Date(now.getTime() + b.rule.windowMs)}, ${now}, NULL::timestamp(3))`);
      const rows = await prisma.$queryRaw<CounterRow[]>`
        INSERT INTO "RateLimitCounter" AS c ("bucket", "count", "windowEndsAt", "lastAt", "previousAt")
        VALUES ${Prisma.join(values)}
        ON CONFLICT ("bucket") DO UPDATE SET
          "count" = CASE WHEN c."windowEndsAt" <= EXCLUDED."lastAt" THEN 1 ELSE c."count" + 1 END,
          "windowEndsAt" = CASE WHEN c."windowEndsAt" <= EXCLUDED."lastAt" THEN EXCLUDED."windowEndsAt" ELSE c."windowEndsAt" END,
          "previousAt" = CASE WHEN c."windowEndsAt" <= EXCLUDED."lastAt" THEN NULL ELSE c."lastAt" END,
          "lastAt" = GREATEST(c."lastAt", EXCLUDED."lastAt")
        RETURNING "bucket", "count", "windowEndsAt", "previousAt"`;
      await prune(now);
      const byId = new Map(rows.map((row) => [row.bucket, row]));
      return buckets.map((b) => {
        const row = byId.get(b.id)!;
        return { bucket: b, count: Number(row.count), windowEndsAt: row.windowEndsAt, previousAt: row.previousAt };
      });
    },

    /**
     * Gives back one point in each bucket still in the window it was reserved in: for a
     * reservation that turned out not to be what the limit counts (a code that exists, a right
     * password).
     */
    async refund(reservations: readonly Reservation[]): Promise<void> {
      for (const r of reservations) {
        await prisma.rateLimitCounter.updateMany({
          where: { bucket: r.bucket.id, windowEndsAt: r.windowEndsAt, count: { gt: 0 } },
          data: { count: { decrement: 1 } },
        });
      }
    },

    /** Forgets buckets (a successful sign-in, a new password). */
    async clear(targets: readonly Bucket[]): Promise<void> {
      await prisma.rateLimitCounter.deleteMany({ where: { bucket: { in: targets.map((t) => t.id) } } });
    },
  };
}

export type RateLimiter = ReturnType<typeof createRateLimiter>;

// One limiter per database client for callers without a service of their own (pricing,
// partners), so its occasional pruning is not repeated on every call.
const shared = new WeakMap<PrismaClient, RateLimiter>();

/** The limiter of a database client, created on first use. */
export function rateLimiterOf(prisma: PrismaClient): RateLimiter {
  let limiter = shared.get(prisma);
  if (!limiter) shared.set(prisma, (limiter = createRateLimiter(prisma)));
  return limiter;
}

/** "Try again in 12 minutes." — rounded up, never "0 minutes". */
export function retryMessage(retryAt: Date, now: Date): string {
  const minutes = Math.max(1, Math.ceil((retryAt.getTime() - now.getTime()) / MINUTE));
  return `Try again in ${minutes} ${minutes === 1 ? 'minute' : 'minutes'}.`;
}

/** "Try again in 4 seconds." for short delays (rounded up, never "0 seconds"); a minute or more as {@link retryMessage}. */
export function retrySoonMessage(retryAt: Date, now: Date): string {
  const ms = retryAt.getTime() - now.getTime();
  if (ms > MINUTE) return retryMessage(retryAt, now);
  const seconds = Math.max(1, Math.ceil(ms / 1000));
  return `Try again in ${seconds} ${seconds === 1 ? 'second' : 'seconds'}.`;
}
