// Bounds guessing of discount codes: codes entered are counted per cart and per client address
// with the one database-backed limiter (accounts' rate-limit.ts), so the limit holds across API
// processes. The point is reserved before the code is looked up — 25 parallel guesses on one
// cart cannot all pass a check made before any of them was counted — and given back when the
// code exists: a shopper trying their valid code again is never blocked.
import type { PrismaClient } from '@tandem/db';
import { blockedUntil, bucket, rateLimiterOf, retryMessage, type RateLimitRule, type Reservation } from '../accounts/index.ts';
import { RateLimitedError } from '../shared/index.ts';

const MINUTE = 60_000;

/** Unknown codes allowed before the cart, or the address, must wait. */
export const CODE_ATTEMPT_LIMITS = {
  perCart: { name: 'promo-code:cart', limit: 5, windowMs: 15 * MINUTE },
  perIp: { name: 'promo-code:ip', limit: 30, windowMs: 15 * MINUTE },
} satisfies Record<string, RateLimitRule>;

function bucketsOf(cartId: string, ip: string | null) {
  const buckets = [bucket(CODE_ATTEMPT_LIMITS.perCart, cartId)];
  if (ip) buckets.push(bucket(CODE_ATTEMPT_LIMITS.perIp, ip));
  return buckets;
}

/** A reserved code attempt: kept when the code turns out unknown, given back when it exists. */
export interface CodeAttemptPass {
  codeExists(): Promise<void>;
}

/**
 * Counts one code attempt against the cart and the address, and throws TOO_MANY_REQUESTS
 * (rate_limited) when either is over its limit; the code must not be looked up then.
 */
export async function reserveCodeAttempt(prisma: PrismaClient, cartId: string, ip: string | null, now: Date): Promise<CodeAttemptPass> {
  const limiter = rateLimiterOf(prisma);
  const reserved: Reservation[] = await limiter.reserve(bucketsOf(cartId, ip), now);
  const blocked = blockedUntil(reserved);
  if (blocked) throw new RateLimitedError(`Too many codes that do not exist were tried. ${retryMessage(blocked, now)}`, blocked);
  return { codeExists: () => limiter.refund(reserved) };
}
