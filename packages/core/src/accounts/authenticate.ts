// Who a session token belongs to, under the session limits of that account (idle timeout and
// lifetime), checked on every authenticated request.
import type { PrismaClient } from '@tandem/db';
import { SEEN_RESOLUTION_MS, sessionEndsAt, type SessionPolicy } from './session-limits.ts';
import { hashToken } from './tokens.ts';
import type { AuthenticatedCustomer } from './types.ts';

/**
 * The customer of a live session token, or null for unknown, revoked or expired tokens. A live
 * session's `lastSeenAt` slides forward (at most once per {@link SEEN_RESOLUTION_MS}), which is
 * what keeps an idle timeout from ending a session in use.
 */
export async function authenticate(prisma: PrismaClient, policy: SessionPolicy, token: string, now: Date): Promise<AuthenticatedCustomer | null> {
  if (!token || token.length > 200) return null;
  const session = await prisma.session.findUnique({
    where: { tokenHash: hashToken(token) },
    select: {
      id: true, createdAt: true, expiresAt: true, revokedAt: true, lastSeenAt: true, reauthenticatedAt: true,
      customer: { select: { id: true, email: true, name: true, roles: true } },
    },
  });
  if (!session || session.revokedAt) return null;
  if (sessionEndsAt(session, policy(session.customer.roles)) <= now) return null;
  if (now.getTime() - session.lastSeenAt.getTime() >= SEEN_RESOLUTION_MS) {
    await prisma.session.update({ where: { id: session.id }, data: { lastSeenAt: now } });
  }
  return { ...session.customer, sessionId: session.id, reauthenticatedAt: session.reauthenticatedAt };
}
