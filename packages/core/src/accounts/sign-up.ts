import { Prisma } from '@tandem/db';
import type { SignUpInput } from '@tandem/validators';
import { DomainError, RateLimitedError } from '../shared/index.ts';
import { customerViewSelect, normalizeEmail, type AccountsDeps } from './deps.ts';
import { hashPassword } from './password-hash.ts';
import { bucket, RATE_LIMITS, retryMessage } from './rate-limit.ts';
import { startSession } from './sessions.ts';
import type { RequestInfo, SignedIn } from './types.ts';

/**
 * Creates a customer and signs them in. A taken e-mail is a conflict the form must show, which
 * also tells a prober the e-mail has an account; refusals are therefore rate-limited per address.
 *
 * @example await accounts.signUp({ email: 'ada@example.com', password: 'correct horse battery', name: 'Ada' }, { ip, userAgent })
 */
export async function signUp(deps: AccountsDeps, input: SignUpInput, request: RequestInfo): Promise<SignedIn> {
  const { prisma, limiter } = deps;
  const email = normalizeEmail(input.email);
  const now = deps.now();
  const conflicts = [bucket(RATE_LIMITS.signUpConflictsPerIp, request.ip)];
  const blocked = await limiter.blockedUntil(conflicts, now);
  if (blocked) throw new RateLimitedError(`Too many sign-up attempts from your network. ${retryMessage(blocked, now)}`, blocked);

  const taken = async () => {
    await limiter.hit(conflicts, now);
    const message = 'An account with this e-mail already exists.';
    return new DomainError('conflict', message, { email: [`${message} Sign in, or reset your password if you forgot it.`] });
  };
  if (await prisma.customer.findUnique({ where: { email }, select: { id: true } })) throw await taken();
  const passwordHash = await hashPassword(input.password, deps.scryptCost);
  let customer;
  try {
    customer = await prisma.customer.create({ data: { email, name: input.name.trim(), passwordHash }, select: customerViewSelect });
  } catch (error) {
    // Two sign-ups with the same e-mail at once: the unique index decides.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') throw await taken();
    throw error;
  }
  return { customer, session: await startSession(deps, customer, request, now) };
}
