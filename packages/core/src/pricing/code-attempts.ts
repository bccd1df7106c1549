// Bounds guessing of discount codes: unknown codes entered are counted per cart and per client
// address with the accounts context's database-backed rate limits (RateLimitHit rows), so the
// limit holds across API processes. Codes that exist cost nothing: a shopper trying their
// valid code again is never blocked.
import type { PrismaClient } from '@tandem/db';
import { bucket, createRateLimiter, retryMessage, type RateLimiter, type RateLimitRule } from '../accounts/index.ts';
import { RateLimitedError } from '../shared/index.ts';

const MINUTE = 60_000;

/** Unknown codes allowed before the cart, or the address, must wait. */
export const CODE_ATTEMPT_LIMITS = {
  perCart: { name: 'promo-code:cart', limit: 5, windowMs: 15 * MINUTE },
  perIp: { name: 'promo-code:ip', limit: 30, windowMs: 15 * MINUTE },
} satisfies Record<string, RateLimitRule>;

// One limiter per database client, so its occasional pruning is not repeated on every call.
const limiters = new WeakMap<PrismaClient, RateLimiter>();

function limiterOf(prisma: PrismaClient): RateLimiter {
  let limiter = limiters.get(prisma);
  if (!limiter) limiters.set(prisma, (limiter = createRateLimiter(prisma)));
  return limiter;
}

function bucketsOf(cartId: string, ip: string | null) {
  const buckets = [bucket(CODE_ATTEMPT_LIMITS.perCart, cartId)];
  if (ip) buckets.push(bucket(CODE_ATTEMPT_LIMITS.perIp, ip));
  return buckets;
}

/** Throws TOO_MANY_REQUESTS (rate_limited) while the cart or the address is over its limit. */
export async function assertMayTryCode(prisma: PrismaClient, cartId: string, ip: string | null, now: Date): Promise<void> {
  const blocked = await limiterOf(prisma).blockedUntil(bucketsOf(cartId, ip), now);
  if (blocked) throw new RateLimitedError(`Too many codes that do not exist were tried. ${retryMessage(blocked, now)}`, blocked);
}

/** Counts one unknown code against the cart and the address. */
export async function countUnknownCode(prisma: PrismaClient, cartId: string, ip: string | null, now: Date): Promise<void> {
  await limiterOf(prisma).hit(bucketsOf(cartId, ip), now);
}
