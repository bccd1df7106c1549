import { Prisma } from '@tandem/db';
import type { SignUpInput } from '@tandem/validators';
import { DomainError, RateLimitedError } from '../shared/index.ts';
import { customerViewSelect, normalizeEmail, type AccountsDeps } from './deps.ts';
import { queueVerificationEmail } from './email-verification.ts';
import { hashPassword } from './password-hash.ts';
import { bucket, isOver, RATE_LIMITS, retryMessage } from './rate-limit.ts';
import { startSession } from './sessions.ts';
import type { RequestInfo, SignedIn } from './types.ts';

/**
 * Creates a customer, queues the e-mail that confirms their address (in the same transaction)
 * and signs them in; shopping does not wait for the confirmation. A taken e-mail is a conflict the form must show, which
 * also tells a prober the e-mail has an account; refusals are therefore rate-limited per address.
 *
 * @example await accounts.signUp({ email: 'ada@example.com', password: 'correct horse battery', name: 'Ada' }, { ip, userAgent })
 */
export async function signUp(deps: AccountsDeps, input: SignUpInput, request: RequestInfo): Promise<SignedIn> {
  const { prisma, limiter } = deps;
  const email = normalizeEmail(input.email);
  const now = deps.now();
  // Reserved before the e-mail is looked up, and given back when it turns out free: parallel
  // probes cannot all pass the check before any conflict is counted.
  const [conflicts] = await limiter.reserve([bucket(RATE_LIMITS.signUpConflictsPerIp, request.ip)], now);
  if (isOver(conflicts!)) throw new RateLimitedError(`Too many sign-up attempts from your network. ${retryMessage(conflicts!.windowEndsAt, now)}`, conflicts!.windowEndsAt);

  const taken = () => {
    const message = 'An account with this e-mail already exists.';
    return new DomainError('conflict', message, { email: [`${message} Sign in, or reset your password if you forgot it.`] });
  };
  if (await prisma.customer.findUnique({ where: { email }, select: { id: true } })) throw taken();
  const passwordHash = await hashPassword(input.password, deps.scryptCost);
  let customer;
  try {
    customer = await prisma.$transaction(async (tx) => {
      const created = await tx.customer.create({ data: { email, name: input.name.trim(), passwordHash }, select: customerViewSelect });
      await queueVerificationEmail(tx, deps, created, now);
      return created;
    });
  } catch (error) {
    // Two sign-ups with the same e-mail at once: the unique index decides.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') throw taken();
    throw error;
  }
  await limiter.refund([conflicts!]);
  return { customer, session: await startSession(deps, customer, request, now) };
}
