// Reading the e-mail outbox, for tests and local development (the admin listing comes later).
import type { PrismaClient } from '@tandem/db';
import type { OutboxEmailView } from './types.ts';

/** The most recent e-mail queued for an address, optionally of one kind (`password_reset`). */
export async function latestEmail(prisma: PrismaClient, to: string, kind?: string): Promise<OutboxEmailView | null> {
  return prisma.outboxEmail.findFirst({
    where: { to: to.trim().toLowerCase(), ...(kind ? { kind } : {}) },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    select: { id: true, to: true, subject: true, text: true, kind: true, createdAt: true, sentAt: true },
  });
}
