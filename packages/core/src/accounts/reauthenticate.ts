// Step-up re-authentication: a signed-in person types their password again, and the session
// records when. Callers (the API's guard on refunds, payouts, role grants) decide how recent the
// stamp must be. Wrong passwords count against the same limits as sign-in, so a stolen session
// cannot be used to guess the password more than sign-in allows.
import { DomainError, RateLimitedError } from '../shared/index.ts';
import type { AccountsDeps } from './deps.ts';
import { verifyPassword } from './password-hash.ts';
import { bucket, RATE_LIMITS, retryMessage } from './rate-limit.ts';

/** The answer to a wrong password, shown beside the password field. */
export const WRONG_PASSWORD = 'That password is not correct.';

/**
 * Checks the password of the session's account and stamps the session `reauthenticatedAt = now`.
 *
 * @example await accounts.reauthenticate(ctx.customer.sessionId, input.password, { ip })
 */
export async function reauthenticate(deps: AccountsDeps, sessionId: string, password: string, request: { ip: string }): Promise<{ reauthenticatedAt: string }> {
  const { prisma, limiter } = deps;
  const now = deps.now();
  const session = await prisma.session.findUnique({ where: { id: sessionId }, select: { customer: { select: { email: true, passwordHash: true } } } });
  if (!session) throw new DomainError('unauthorized', 'Please sign in to continue.');
  // The buckets of sign-in: re-authentication and sign-in share one budget of guesses.
  const perEmail = bucket(RATE_LIMITS.signInPerEmail, session.customer.email);
  const buckets = [perEmail, bucket(RATE_LIMITS.signInPerIp, request.ip)];
  const blocked = await limiter.blockedUntil(buckets, now);
  if (blocked) throw new RateLimitedError(`Too many wrong passwords. ${retryMessage(blocked, now)}`, blocked);

  if (!(await verifyPassword(password, session.customer.passwordHash))) {
    await limiter.hit(buckets, now);
    throw new DomainError('invalid_input', WRONG_PASSWORD, { password: [WRONG_PASSWORD] });
  }
  await limiter.clear(perEmail);
  await prisma.session.update({ where: { id: sessionId }, data: { reauthenticatedAt: now } });
  return { reauthenticatedAt: now.toISOString() };
}
