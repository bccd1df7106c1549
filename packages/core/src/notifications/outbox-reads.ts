// Reading the e-mail outbox, for tests and local development (staff read it through sent-emails.ts).
import type { PrismaClient } from '@tandem/db';

/** A message waiting in the transactional outbox (sent by the relay, or read in tests and dev). */
export interface OutboxEmailView {
  id: string;
  to: string;
  subject: string;
  text: string;
  kind: string;
  createdAt: Date;
  sentAt: Date | null;
}

/** The most recent e-mail queued for an address, optionally of one kind (`password_reset`). */
export async function latestEmail(prisma: PrismaClient, to: string, kind?: string): Promise<OutboxEmailView | null> {
  return prisma.outboxEmail.findFirst({
    where: { to: to.trim().toLowerCase(), ...(kind ? { kind } : {}) },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    select: { id: true, to: true, subject: true, text: true, kind: true, createdAt: true, sentAt: true },
  });
}
