// The development fallback when no SMTP_URL is set (mail/mailer-from-env.ts says so at start):
// nothing leaves the machine; every e-mail is printed to the API's log (and stays in the
// OutboxEmail table), so a developer can follow a password-reset link.
import type { OutgoingEmail } from '@tandem/core/notifications';
import { log } from './logger.ts';

export async function consoleMailer(email: OutgoingEmail): Promise<void> {
  // The address is censored like every other (logger.ts); the text, with its links, is the point.
  const attached = email.attachments.map((a) => `\n  📎 ${a.filename} (${a.content.byteLength} bytes)`).join('');
  log.info({ kind: email.kind, to: email.to, subject: email.subject }, `✉ ${email.kind}: ${email.subject}\n  ${email.text.replace(/\n/g, '\n  ')}${attached}`);
}
