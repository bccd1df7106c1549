// Forgotten passwords: a one-time link by e-mail (through the outbox), valid for an hour.
import type { PasswordResetInput } from '@tandem/validators';
import { queueEmail } from '../notifications/index.ts';
import { DomainError } from '../shared/index.ts';
import { passwordChangedEmail, passwordResetEmail } from './account-emails.ts';
import { normalizeEmail, type AccountsDeps } from './deps.ts';
import { hashPassword } from './password-hash.ts';
import { blockedUntil, bucket, RATE_LIMITS } from './rate-limit.ts';
import { accountBuckets } from './sign-in-throttle.ts';
import { revokeAllSessions } from './sessions.ts';
import { byPresentedToken, issueOneTimeLink, oneTimeLinkState } from './one-time-links.ts';

export const RESET_TOKEN_LIFETIME_MS = 60 * 60_000;

/**
 * Sends a reset link when the e-mail has an account. The caller learns nothing either way: the
 * result is the same, and requests over the limits are dropped silently.
 */
export async function requestPasswordReset(deps: AccountsDeps, rawEmail: string, request: { ip: string }): Promise<void> {
  const { prisma, limiter } = deps;
  const email = normalizeEmail(rawEmail);
  const now = deps.now();
  const buckets = [bucket(RATE_LIMITS.resetRequestsPerEmail, email), bucket(RATE_LIMITS.resetRequestsPerIp, request.ip)];
  // Every request counts, over the limit or not; counting and deciding are one statement.
  if (blockedUntil(await limiter.reserve(buckets, now))) return;
  const customer = await prisma.customer.findUnique({ where: { email }, select: { id: true, email: true, name: true } });
  if (!customer) return;

  const { token, row } = issueOneTimeLink(now, RESET_TOKEN_LIFETIME_MS);
  const link = `${deps.storefrontUrl}/account/reset?token=${encodeURIComponent(token)}`;
  await prisma.$transaction(async (tx) => {
    await tx.passwordResetToken.create({ data: { ...row, customerId: customer.id } });
    await queueEmail(tx, passwordResetEmail, customer.email, { name: customer.name, link });
  });
}

/**
 * Sets a new password with the token from a reset link. In one transaction: the token is used
 * up (with every other open link of the customer), the hash replaced, every session revoked and
 * a notice queued; failed sign-ins of the e-mail stop counting (and stop pacing the account).
 */
export async function resetPassword(deps: AccountsDeps, input: PasswordResetInput): Promise<void> {
  const { prisma } = deps;
  const now = deps.now();
  const row = await prisma.passwordResetToken.findUnique({
    where: byPresentedToken(input.token),
    select: { id: true, expiresAt: true, usedAt: true, customer: { select: { id: true, email: true, name: true } } },
  });
  const state = oneTimeLinkState(row, now);
  if (state !== 'valid' || !row) throw invalidLink(RESET_LINK_MESSAGES[state === 'valid' ? 'invalid' : state]);

  // Hash before the transaction: it is slow and needs no locks.
  const passwordHash = await hashPassword(input.password, deps.scryptCost);
  const { customer } = row;
  await prisma.$transaction(async (tx) => {
    // Conditional, so two resets racing with one link cannot both succeed.
    const claimed = await tx.passwordResetToken.updateMany({ where: { id: row.id, usedAt: null }, data: { usedAt: now } });
    if (claimed.count === 0) throw invalidLink(RESET_LINK_MESSAGES.used);
    await tx.passwordResetToken.updateMany({ where: { customerId: customer.id, usedAt: null }, data: { usedAt: now } });
    await tx.customer.update({ where: { id: customer.id }, data: { passwordHash } });
    await revokeAllSessions(tx, customer.id, now);
    await tx.rateLimitCounter.deleteMany({ where: { bucket: { in: accountBuckets(customer.email).map((b) => b.id) } } });
    await queueEmail(tx, passwordChangedEmail, customer.email, { name: customer.name, storefrontUrl: deps.storefrontUrl });
  });
}

const RESET_LINK_MESSAGES = {
  invalid: 'This password reset link is not valid. Request a new one.',
  used: 'This password reset link has already been used. Request a new one if you need to.',
  expired: 'This password reset link has expired. Request a new one.',
} as const;

function invalidLink(message: string): DomainError {
  return new DomainError('invalid_input', message, { token: [message] });
}
