// Sessions: a random bearer token handed to the front end (which keeps it in an HttpOnly
// cookie); the database keeps only its SHA-256, an expiry and a revocation time.
import type { PrismaClient, Role } from '@tandem/db';
import type { AccountsDeps } from './deps.ts';
import { hashToken, newToken } from './tokens.ts';
import type { NewSession, RequestInfo } from './types.ts';

/**
 * Starts a session for the customer, ending when the session policy says for their roles (the
 * front end's cookie expires then too). The session token the request came with, if any, is
 * revoked in the same transaction: signing in always rotates the token, so a token planted on a
 * device before sign-in (session fixation) never becomes a signed-in session.
 */
export async function startSession(deps: Pick<AccountsDeps, 'prisma' | 'sessionPolicy'>, customer: { id: string; roles: Role[] }, request: RequestInfo, now: Date): Promise<NewSession> {
  const { prisma } = deps;
  const customerId = customer.id;
  const token = newToken();
  const expiresAt = new Date(now.getTime() + deps.sessionPolicy(customer.roles).lifetimeMs);
  await prisma.$transaction(async (tx) => {
    if (request.presentedSessionToken) {
      await tx.session.updateMany({ where: { tokenHash: hashToken(request.presentedSessionToken), revokedAt: null }, data: { revokedAt: now } });
    }
    await tx.session.create({
      data: { tokenHash: hashToken(token), customerId, createdAt: now, lastSeenAt: now, expiresAt, userAgent: request.userAgent.slice(0, 300) },
    });
  });
  return { token, expiresAt: expiresAt.toISOString() };
}

/** Revokes the session of this token; unknown or already revoked tokens are fine. */
export async function revokeSession(prisma: PrismaClient, token: string, now: Date): Promise<void> {
  if (!token || token.length > 200) return;
  await prisma.session.updateMany({ where: { tokenHash: hashToken(token), revokedAt: null }, data: { revokedAt: now } });
}

/** Revokes every live session of the customer, on every device. */
export async function revokeAllSessions(prisma: Pick<PrismaClient, 'session'>, customerId: string, now: Date): Promise<number> {
  const { count } = await prisma.session.updateMany({ where: { customerId, revokedAt: null }, data: { revokedAt: now } });
  return count;
}
