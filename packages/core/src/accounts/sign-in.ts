import type { SignInInput } from '@tandem/validators';
import { DomainError, RateLimitedError } from '../shared/index.ts';
import { customerViewSelect, normalizeEmail, type AccountsDeps } from './deps.ts';
import { hashPassword, needsRehash, verifyPassword } from './password-hash.ts';
import { bucket, RATE_LIMITS, retryMessage } from './rate-limit.ts';
import { startSession } from './sessions.ts';
import type { RequestInfo, SignedIn } from './types.ts';

/** The one answer to a wrong e-mail or a wrong password, so neither tells which e-mails exist. */
export const INVALID_CREDENTIALS = 'E-mail or password is incorrect.';

/**
 * Checks the credentials and starts a new session (revoking the one the request came with).
 * Failures are counted per e-mail and per client address; past either limit, attempts are
 * refused without checking the password until the window has room again.
 */
export async function signIn(deps: AccountsDeps, input: SignInInput, request: RequestInfo): Promise<SignedIn> {
  const { prisma, limiter } = deps;
  const email = normalizeEmail(input.email);
  const now = deps.now();
  const perEmail = bucket(RATE_LIMITS.signInPerEmail, email);
  const buckets = [perEmail, bucket(RATE_LIMITS.signInPerIp, request.ip)];
  const blocked = await limiter.blockedUntil(buckets, now);
  if (blocked) throw new RateLimitedError(`Too many failed sign-in attempts. ${retryMessage(blocked, now)}`, blocked);

  const found = await prisma.customer.findUnique({ where: { email }, select: { ...customerViewSelect, passwordHash: true } });
  // An unknown e-mail still costs one hash check, so the answer takes as long as a wrong password.
  const matches = await verifyPassword(input.password, found?.passwordHash ?? (await deps.dummyHash()));
  if (!found || !matches) {
    await limiter.hit(buckets, now);
    throw new DomainError('unauthorized', INVALID_CREDENTIALS);
  }
  await limiter.clear(perEmail);
  const { passwordHash, ...customer } = found;
  if (needsRehash(passwordHash, deps.scryptCost)) {
    await prisma.customer.update({ where: { id: customer.id }, data: { passwordHash: await hashPassword(input.password, deps.scryptCost) } });
  }
  return { customer, session: await startSession(deps, customer, request, now) };
}
