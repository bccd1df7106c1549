// Proving an account's e-mail address: a one-time link sent at sign-up (and again on request)
// that, once opened, marks the address verified. Shopping and checkout never wait for it; only
// marketing e-mail does (consent.ts). Links use the one-time link mechanics password resets use.
import type { Prisma } from '@tandem/db';
import { queueEmail } from '../notifications/index.ts';
import { DomainError, RateLimitedError } from '../shared/index.ts';
import { emailVerificationEmail } from './account-emails.ts';
import type { AccountsDeps } from './deps.ts';
import { byPresentedToken, issueOneTimeLink, oneTimeLinkState } from './one-time-links.ts';
import { bucket, isOver, RATE_LIMITS, retryMessage } from './rate-limit.ts';

const DAY = 24 * 60 * 60_000;

/** How long a verification link works: long enough for a shopper who reads mail weekly-ish. */
export const VERIFICATION_LINK_LIFETIME_MS = 3 * DAY;

/** What opening a verification link did; `used` means the address was already confirmed with it (or a newer link). */
export type VerificationResult = { state: 'verified' | 'used' | 'expired' | 'invalid' };

/**
 * Issues a link for the customer's current address and queues its e-mail, in the caller's
 * transaction (the sign-up's, so an account never exists without its link on the way).
 */
export async function queueVerificationEmail(
  tx: Prisma.TransactionClient,
  deps: Pick<AccountsDeps, 'storefrontUrl'>,
  customer: { id: string; email: string; name: string },
  now: Date,
): Promise<void> {
  const { token, row } = issueOneTimeLink(now, VERIFICATION_LINK_LIFETIME_MS);
  await tx.emailVerificationToken.create({ data: { ...row, customerId: customer.id, email: customer.email } });
  const link = `${deps.storefrontUrl}/account/verify/${encodeURIComponent(token)}`;
  await queueEmail(tx, emailVerificationEmail, customer.email, { name: customer.name, link, days: VERIFICATION_LINK_LIFETIME_MS / DAY });
}

/**
 * Sends a new link to a signed-in customer whose address is not verified yet. Rate limited per
 * account (every request counts, in one atomic statement), so the form cannot be used to flood
 * an inbox.
 */
export async function resendVerification(deps: AccountsDeps, customerId: string): Promise<{ sentTo: string }> {
  const { prisma, limiter } = deps;
  const now = deps.now();
  const customer = await prisma.customer.findUnique({ where: { id: customerId }, select: { id: true, email: true, name: true, emailVerifiedAt: true } });
  if (!customer) throw new DomainError('not_found', 'This account no longer exists.');
  if (customer.emailVerifiedAt) throw new DomainError('conflict', 'Your e-mail address is already confirmed.');
  const [perAccount] = await limiter.reserve([bucket(RATE_LIMITS.verificationResendsPerAccount, customer.id)], now);
  if (isOver(perAccount!)) {
    throw new RateLimitedError(`We sent several confirmation e-mails just now. ${retryMessage(perAccount!.windowEndsAt, now)}`, perAccount!.windowEndsAt);
  }
  await prisma.$transaction((tx) => queueVerificationEmail(tx, deps, customer, now));
  return { sentTo: customer.email };
}

/**
 * Opens a verification link: in one transaction the link (with every other open link of the
 * account) is used up and the address marked verified — only if it is still the address the link
 * was sent to. Two clicks at once: one verifies, the other answers `used`.
 */
export async function verifyEmail(deps: AccountsDeps, token: string): Promise<VerificationResult> {
  const { prisma } = deps;
  const now = deps.now();
  const row = await prisma.emailVerificationToken.findUnique({ where: byPresentedToken(token), select: { id: true, customerId: true, email: true, expiresAt: true, usedAt: true } });
  const state = oneTimeLinkState(row, now);
  if (state !== 'valid' || !row) return { state: state === 'valid' ? 'invalid' : state };
  return prisma.$transaction(async (tx): Promise<VerificationResult> => {
    const claimed = await tx.emailVerificationToken.updateMany({ where: { id: row.id, usedAt: null }, data: { usedAt: now } });
    if (claimed.count === 0) return { state: 'used' };
    const verified = await tx.customer.updateMany({ where: { id: row.customerId, email: row.email }, data: { emailVerifiedAt: now } });
    if (verified.count === 0) return { state: 'invalid' };
    await tx.emailVerificationToken.updateMany({ where: { customerId: row.customerId, usedAt: null }, data: { usedAt: now } });
    return { state: 'verified' };
  });
}
