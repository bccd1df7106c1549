// Who a session token belongs to, under the session limits of that account (idle timeout and
// lifetime), checked on every authenticated request.
import type { PrismaClient, Role } from '@tandem/db';
import { SEEN_RESOLUTION_MS, sessionEndsAt, type SessionPolicy } from './session-limits.ts';
import { hashToken } from './tokens.ts';
import type { AuthenticatedCustomer } from './types.ts';

interface SessionRow {
  id: string;
  createdAt: Date;
  expiresAt: Date;
  revokedAt: Date | null;
  lastSeenAt: Date;
  reauthenticatedAt: Date | null;
  customerId: string;
  email: string;
  name: string;
  roles: Role[];
}

/**
 * The customer of a live session token, or null for unknown, revoked or expired tokens. A live
 * session's `lastSeenAt` slides forward (at most once per {@link SEEN_RESOLUTION_MS}), which is
 * what keeps an idle timeout from ending a session in use.
 */
export async function authenticate(prisma: PrismaClient, policy: SessionPolicy, token: string, now: Date): Promise<AuthenticatedCustomer | null> {
  if (!token || token.length > 200) return null;
  // One statement with the customer joined: every signed-in request runs it, and Prisma reads a
  // nested relation with a second query of its own.
  const [session] = await prisma.$queryRaw<SessionRow[]>`
    SELECT s.id, s."createdAt", s."expiresAt", s."revokedAt", s."lastSeenAt", s."reauthenticatedAt",
           c.id AS "customerId", c.email, c.name, c.roles::text[] AS roles
    FROM "Session" s JOIN "Customer" c ON c.id = s."customerId"
    WHERE s."tokenHash" = ${hashToken(token)}`;
  if (!session || session.revokedAt) return null;
  if (sessionEndsAt(session, policy(session.roles)) <= now) return null;
  if (now.getTime() - session.lastSeenAt.getTime() >= SEEN_RESOLUTION_MS) {
    await prisma.session.update({ where: { id: session.id }, data: { lastSeenAt: now } });
  }
  return { id: session.customerId, email: session.email, name: session.name, roles: session.roles, sessionId: session.id, reauthenticatedAt: session.reauthenticatedAt };
}
