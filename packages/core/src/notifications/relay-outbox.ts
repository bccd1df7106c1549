// The transactional outbox's relay: e-mails are written in the same transaction as the change
// they announce (order placed, password reset), then delivered from here. Rows are claimed with
// SKIP LOCKED, so several relays never send the same e-mail, and marked sent only after the
// mailer accepted them (at least once; a crash between the two re-sends, never loses).
import type { PrismaClient } from '@tandem/db';

export interface OutgoingEmail {
  id: string;
  to: string;
  subject: string;
  text: string;
  html: string | null;
  kind: string;
}

/** Delivers one e-mail; throws to leave it in the outbox for the next run. */
export type Mailer = (email: OutgoingEmail) => Promise<void>;

export async function relayOutbox(prisma: PrismaClient, send: Mailer, batchSize = 20): Promise<number> {
  return prisma.$transaction(async (tx) => {
    const batch = await tx.$queryRaw<OutgoingEmail[]>`
      SELECT id, "to", subject, text, html, kind FROM "OutboxEmail"
      WHERE "sentAt" IS NULL ORDER BY "createdAt", id LIMIT ${batchSize}
      FOR UPDATE SKIP LOCKED`;
    let sent = 0;
    for (const email of batch) {
      try {
        await send(email);
      } catch {
        continue; // stays unsent; the next run tries again
      }
      await tx.outboxEmail.update({ where: { id: email.id }, data: { sentAt: new Date() } });
      sent++;
    }
    return sent;
  });
}
