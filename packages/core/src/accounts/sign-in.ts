import type { SignInInput } from '@tandem/validators';
import { DomainError } from '../shared/index.ts';
import { customerViewSelect, normalizeEmail, type AccountsDeps } from './deps.ts';
import { hashPassword, needsRehash, verifyPassword } from './password-hash.ts';
import { startSession } from './sessions.ts';
import { admitSignIn } from './sign-in-throttle.ts';
import type { RequestInfo, SignedIn } from './types.ts';

/** The one answer to a wrong e-mail or a wrong password, so neither tells which e-mails exist. */
export const INVALID_CREDENTIALS = 'E-mail or password is incorrect.';

/**
 * Checks the credentials and starts a new session (revoking the one the request came with).
 * Each attempt is admitted by the sign-in throttle first (see sign-in-throttle.ts): it never
 * locks an account, but makes repeated failures wait longer and longer.
 */
export async function signIn(deps: AccountsDeps, input: SignInInput, request: RequestInfo): Promise<SignedIn> {
  const { prisma } = deps;
  const email = normalizeEmail(input.email);
  const now = deps.now();
  const attempt = await admitSignIn(deps, email, request.ip, now);

  const found = await prisma.customer.findUnique({ where: { email }, select: { ...customerViewSelect, passwordHash: true } });
  // An unknown e-mail still costs one hash check, so the answer takes as long as a wrong password.
  const matches = await verifyPassword(input.password, found?.passwordHash ?? (await deps.dummyHash()));
  // A failure was counted when the attempt was admitted.
  if (!found || !matches) throw new DomainError('unauthorized', INVALID_CREDENTIALS);
  await attempt.succeeded();
  const { passwordHash, ...customer } = found;
  if (needsRehash(passwordHash, deps.scryptCost)) {
    await prisma.customer.update({ where: { id: customer.id }, data: { passwordHash: await hashPassword(input.password, deps.scryptCost) } });
  }
  return { customer, session: await startSession(deps, customer, request, now) };
}
