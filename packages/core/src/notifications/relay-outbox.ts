// The transactional outbox's relay: e-mails are written in the same transaction as the change
// they announce (order placed, password reset), then delivered from here, one claim per e-mail:
// claim (a lease), send with no transaction open, mark sent. At least once, never lost: a crash
// between sending and marking re-sends that one e-mail when its lease runs out, nothing more.
// Failed tries back off (doubling) and stop after `maxAttempts`, keeping the last error.
import type { PrismaClient } from '@tandem/db';
import { backoffDelayMs, systemClock, type Clock } from '../shared/index.ts';
import { attachmentRefsOf, renderAttachments, type AttachmentRenderer } from './email-attachments.ts';
import { claimNextEmail, markEmailFailed, markEmailSent, type OutgoingEmail } from './outbox-claims.ts';

/** What a mailer that talks to a mail server learns on acceptance. */
export interface MailerReceipt {
  /** The Message-ID the e-mail went out with, recorded on its outbox row. */
  messageId?: string | undefined;
}

/** Delivers one e-mail; throws to leave it in the outbox for a later try. */
export type Mailer = (email: OutgoingEmail) => Promise<MailerReceipt | void>;

/** How one relay run claims and retries; every field has a default. */
export interface RelayOptions {
  /** E-mails claimed per run (default 20). */
  limit?: number;
  /** Where "now" comes from (default the machine's clock). */
  clock?: Clock;
  /** How long a claim keeps other relays off an e-mail; longer than the mailer's own timeout (default 5 min). */
  leaseMs?: number;
  /** Tries before an e-mail is given up (default 10, about 4 h of back-off). */
  maxAttempts?: number;
  /** The wait after the first failed try, doubled after each next one up to an hour (default 30 s). */
  retryBaseMs?: number;
  /** Draws the documents e-mails name as attachments (none without it: such an e-mail fails its try). */
  renderAttachment?: AttachmentRenderer;
}

const MAX_RETRY_MS = 3_600_000;

/**
 * Delivers due e-mails, one claim at a time, and returns how many the mailer accepted. Safe to
 * run in several processes at once: a claimed e-mail is nobody else's while its lease holds.
 *
 * @example
 * startIntervalJob(prisma, 'outbox relay', 2_000, () => relayOutbox(prisma, mailer, { clock }), …);
 */
export async function relayOutbox(prisma: PrismaClient, send: Mailer, options: RelayOptions = {}): Promise<number> {
  const { limit = 20, clock = systemClock, leaseMs = 300_000, maxAttempts = 10, retryBaseMs = 30_000 } = options;
  let sent = 0;
  for (let claims = 0; claims < limit; claims++) {
    const now = clock.now();
    const email = await claimNextEmail(prisma, now, new Date(now.getTime() + leaseMs), maxAttempts);
    if (!email) break;
    const { attempt, attachments, ...message } = email;
    let receipt: MailerReceipt | void;
    try {
      // Rendered per try, from the stored document: every try sends the same bytes.
      receipt = await send({ ...message, attachments: await renderAttachments(attachmentRefsOf(attachments), options.renderAttachment) });
    } catch (error) {
      const waitMs = backoffDelayMs(attempt, { baseMs: retryBaseMs, maxMs: MAX_RETRY_MS });
      await markEmailFailed(prisma, email, error, new Date(clock.now().getTime() + waitMs));
      continue;
    }
    await markEmailSent(prisma, email, clock.now(), receipt?.messageId ?? null);
    sent++;
  }
  return sent;
}
