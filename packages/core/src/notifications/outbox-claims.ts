// The outbox's claim protocol, one e-mail at a time and no transaction left open: a claim is
// one autocommitted UPDATE that takes the oldest due e-mail for a lease, so the mailer is
// awaited with no lock held (a slow mail server stalls nobody, embedded PGlite included).
import type { PrismaClient } from '@tandem/db';
import type { MailAttachment } from './email-attachments.ts';

interface OutboxMessage {
  id: string;
  to: string;
  subject: string;
  text: string;
  html: string | null;
  kind: string;
}

/** An e-mail as the mailer gets it, its attachments rendered. */
export interface OutgoingEmail extends OutboxMessage {
  attachments: MailAttachment[];
}

/** An e-mail this relay holds until `leaseEnd`; `attempt` fences its own failure report. */
export interface ClaimedEmail extends OutboxMessage {
  /** As stored: read with `attachmentRefsOf`. */
  attachments: unknown;
  attempt: number;
}

/**
 * Claims the oldest unsent e-mail that is due at `now` and has had fewer than `maxAttempts`
 * tries, until `leaseEnd`. SKIP LOCKED lets relays in other processes claim side by side; a
 * relay that dies before marking leaves the lease to run out, and the e-mail is claimed again.
 */
export async function claimNextEmail(prisma: PrismaClient, now: Date, leaseEnd: Date, maxAttempts: number): Promise<ClaimedEmail | null> {
  const rows = await prisma.$queryRaw<ClaimedEmail[]>`
    UPDATE "OutboxEmail" SET attempts = attempts + 1, "nextAttemptAt" = ${leaseEnd}
     WHERE id = (
       SELECT id FROM "OutboxEmail"
        WHERE "sentAt" IS NULL AND attempts < ${maxAttempts} AND ("nextAttemptAt" IS NULL OR "nextAttemptAt" <= ${now})
        ORDER BY "createdAt", id LIMIT 1
        FOR UPDATE SKIP LOCKED)
    RETURNING id, "to", subject, text, html, kind, attachments, attempts AS attempt`;
  return rows[0] ?? null;
}

/** Records the mailer's acceptance (even if the lease ran out meanwhile: the e-mail did go) and its Message-ID. */
export async function markEmailSent(prisma: PrismaClient, email: ClaimedEmail, now: Date, messageId: string | null): Promise<void> {
  await prisma.$executeRaw`
    UPDATE "OutboxEmail" SET "sentAt" = ${now}, "nextAttemptAt" = NULL, "lastError" = NULL, "messageId" = ${messageId}
     WHERE id = ${email.id} AND "sentAt" IS NULL`;
}

/**
 * Records a failed try and when to try again. Only while this claim is the latest one: a relay
 * whose lease ran out and was claimed again must not push back the newer claim.
 */
export async function markEmailFailed(prisma: PrismaClient, email: ClaimedEmail, error: unknown, retryAt: Date): Promise<void> {
  const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  await prisma.$executeRaw`
    UPDATE "OutboxEmail" SET "nextAttemptAt" = ${retryAt}, "lastError" = ${message.slice(0, 2_000)}
     WHERE id = ${email.id} AND "sentAt" IS NULL AND attempts = ${email.attempt}`;
}
