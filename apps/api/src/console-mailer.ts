// The development fallback when no SMTP_URL is set (mail/mailer-from-env.ts says so at start):
// nothing leaves the machine; every e-mail is printed to the API's log (and stays in the
// OutboxEmail table), so a developer can follow a password-reset link.
import type { OutgoingEmail } from '@tandem/core/notifications';

export async function consoleMailer(email: OutgoingEmail): Promise<void> {
  console.log(`✉ ${email.kind} → ${email.to}\n  Subject: ${email.subject}\n  ${email.text.replace(/\n/g, '\n  ')}`);
}
