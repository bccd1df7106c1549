// How sign-in attempts are slowed down without ever locking an account (OWASP ASVS v5 V6.3,
// "soft lockout"). Every attempt reserves its points before the password is checked, so a batch
// or a burst of parallel requests is held to the same budget as attempts one after another.
//
// The rule, per e-mail (known or not, so nothing tells which e-mails have accounts):
// - one account from one address: 3 free failures per 15 minutes; after that each attempt must
//   come at least 1 s, 2 s, 4 s … (capped at 60 s) after the previous one. Every attempt counts,
//   refused or not, so hammering only lengthens the wait — for that address alone;
// - one address across all accounts: 20 attempts per 15 minutes, then it waits for the window;
// - one account across all addresses: 50 checked passwords per hour; past that the account is
//   paced to one password check per 10 s. A distributed attack is slowed to 360 guesses an hour,
//   while the owner waits seconds at worst — and a password reset ends the pacing at once.
// When an account starts being slowed down its owner is e-mailed, once per hour-long episode.
import { queueEmail } from '../notifications/index.ts';
import { RateLimitedError } from '../shared/index.ts';
import { signInThrottledEmail } from './account-emails.ts';
import type { AccountsDeps } from './deps.ts';
import { bucket, isOver, retryMessage, retrySoonMessage, type Bucket, type RateLimitRule, type Reservation } from './rate-limit.ts';

const SECOND = 1_000;
const MINUTE = 60 * SECOND;

/** The sign-in rules; see the file header for how they combine. */
export const SIGN_IN_LIMITS = {
  /** Failures of one account from one address before each further attempt must wait. */
  perAccountAndAddress: { name: 'sign-in:email+ip', limit: 3, windowMs: 15 * MINUTE },
  perAddress: { name: 'sign-in:ip', limit: 20, windowMs: 15 * MINUTE },
  /** Password checks of one account from every address before the account is paced. */
  perAccount: { name: 'sign-in:email', limit: 50, windowMs: 60 * MINUTE },
  /** Past `perAccount`: one password check per window. */
  accountPace: { name: 'sign-in:email-pace', limit: 1, windowMs: 10 * SECOND },
  /** One e-mail to the owner per window. */
  ownerNotice: { name: 'sign-in-notice:email', limit: 1, windowMs: 60 * MINUTE },
} satisfies Record<string, RateLimitRule>;

/** The wait before the n-th attempt of one account from one address (n counts this attempt). */
export const PAIR_DELAY = { firstMs: SECOND, maxMs: 60 * SECOND };

/** Milliseconds the `count`-th attempt in a window must come after the previous one. */
export function pairDelayMs(count: number): number {
  const throttled = count - SIGN_IN_LIMITS.perAccountAndAddress.limit;
  return throttled <= 0 ? 0 : Math.min(PAIR_DELAY.firstMs * 2 ** (throttled - 1), PAIR_DELAY.maxMs);
}

/** The buckets of an e-mail that a password reset empties: the owner has proven who they are. */
export function accountBuckets(email: string): Bucket[] {
  return [bucket(SIGN_IN_LIMITS.perAccount, email), bucket(SIGN_IN_LIMITS.accountPace, email)];
}

/** An attempt the throttle let through to the password check. */
export interface AdmittedAttempt {
  /** The password was right: its points stop counting, and so do this address's failures. */
  succeeded(): Promise<void>;
}

/**
 * Reserves the attempt's points and throws `RateLimitedError` (TOO_MANY_REQUESTS) when it must
 * wait; otherwise the caller checks the password and reports a success.
 */
export async function admitSignIn(deps: AccountsDeps, email: string, ip: string, now: Date): Promise<AdmittedAttempt> {
  const { limiter } = deps;
  const pairBucket = bucket(SIGN_IN_LIMITS.perAccountAndAddress, `${email}\n${ip}`);
  const [pair, address] = await limiter.reserve([pairBucket, bucket(SIGN_IN_LIMITS.perAddress, ip)], now);
  if (isOver(address!)) {
    throw new RateLimitedError(`Too many failed sign-in attempts from your network. ${retryMessage(address!.windowEndsAt, now)}`, address!.windowEndsAt);
  }
  if (isOver(pair!)) {
    await noticeOwner(deps, email, now);
    const earliest = pair!.previousAt ? pair!.previousAt.getTime() + pairDelayMs(pair!.count) : 0;
    if (now.getTime() < earliest) {
      // This attempt counted too, so the next one waits for the following, longer delay.
      const retryAt = new Date(now.getTime() + pairDelayMs(pair!.count + 1));
      throw new RateLimitedError(`Too many failed sign-in attempts. ${retrySoonMessage(retryAt, now)}`, retryAt);
    }
  }
  const [account] = await limiter.reserve([bucket(SIGN_IN_LIMITS.perAccount, email)], now);
  if (isOver(account!)) await pace(deps, email, account!, now);
  return {
    async succeeded() {
      await limiter.refund([address!, account!]);
      await limiter.clear([pairBucket]);
    },
  };
}

/** Past the account's budget: one password check per pace window, whoever asks. */
async function pace(deps: AccountsDeps, email: string, account: Reservation, now: Date): Promise<void> {
  await noticeOwner(deps, email, now);
  const [slot] = await deps.limiter.reserve([bucket(SIGN_IN_LIMITS.accountPace, email)], now);
  if (!isOver(slot!)) return;
  // Only checked passwords count against the account: a refused attempt gives its point back.
  await deps.limiter.refund([account]);
  throw new RateLimitedError(`Many sign-in attempts to this account failed, so it accepts one every few seconds. ${retrySoonMessage(slot!.windowEndsAt, now)}`, slot!.windowEndsAt);
}

/** E-mails the owner (if the e-mail has an account) the first time in an episode. */
async function noticeOwner(deps: AccountsDeps, email: string, now: Date): Promise<void> {
  const [notice] = await deps.limiter.reserve([bucket(SIGN_IN_LIMITS.ownerNotice, email)], now);
  if (notice!.count !== 1) return;
  const owner = await deps.prisma.customer.findUnique({ where: { email }, select: { email: true, name: true } });
  if (owner) await queueEmail(deps.prisma, signInThrottledEmail, owner.email, { name: owner.name, storefrontUrl: deps.storefrontUrl });
}
