import type { PrismaClient } from '@tandem/db';
import { hashToken } from './tokens.ts';
import type { AuthenticatedCustomer } from './types.ts';

/** `lastSeenAt` is refreshed at most this often, so reads do not turn into writes. */
const SEEN_RESOLUTION_MS = 5 * 60_000;

/** The customer of a live session token, or null for unknown, revoked or expired tokens. */
export async function authenticate(prisma: PrismaClient, token: string, now = new Date()): Promise<AuthenticatedCustomer | null> {
  if (!token || token.length > 200) return null;
  const session = await prisma.session.findUnique({
    where: { tokenHash: hashToken(token) },
    select: { id: true, expiresAt: true, revokedAt: true, lastSeenAt: true, customer: { select: { id: true, email: true, name: true, roles: true } } },
  });
  if (!session || session.revokedAt || session.expiresAt <= now) return null;
  if (now.getTime() - session.lastSeenAt.getTime() > SEEN_RESOLUTION_MS) {
    await prisma.session.update({ where: { id: session.id }, data: { lastSeenAt: now } });
  }
  return { ...session.customer, sessionId: session.id };
}
