// Picks the outbox relay's mailer from the environment: SMTP when SMTP_URL is set, else the
// console mailer, which delivers nothing and says so once at start-up.
import type { Mailer } from '@tandem/core/notifications';
import { consoleMailer } from '../console-mailer.ts';
import { log as logger } from '../logger.ts';

/** The settings the mailer is chosen by (from `readEnv`). */
export interface MailEnv {
  SMTP_URL?: string | undefined;
  MAIL_FROM: string;
  SMTP_TIMEOUT_MS: number;
}

/** The chosen mailer, what the relay's log line says it did, and how to let it go. */
export interface ChosenMailer {
  send: Mailer;
  /** Ends "Delivered n e-mail(s) …" in the relay's log. */
  deliveredTo: string;
  close(): void;
}

/** The SMTP mailer for `env.SMTP_URL`, or the console fallback with a warning in `log`. */
export async function mailerFromEnv(env: MailEnv, log: (line: string) => void = (line) => logger.warn(line)): Promise<ChosenMailer> {
  if (env.SMTP_URL) {
    // nodemailer loads only when e-mail goes out over SMTP.
    const { createSmtpMailer } = await import('./smtp-mailer.ts');
    const smtp = createSmtpMailer({ url: env.SMTP_URL, from: env.MAIL_FROM, timeoutMs: env.SMTP_TIMEOUT_MS });
    return { send: smtp.send, deliveredTo: `the SMTP server at ${hostOf(env.SMTP_URL)}`, close: smtp.close };
  }
  log('! E-mail is NOT being delivered: SMTP_URL is not set, so e-mails are printed to this log (development only; see docs/deploy.md).');
  return { send: consoleMailer, deliveredTo: 'the log (no SMTP_URL)', close: () => {} };
}

/** The server's host and port, without the credentials the URL may carry. */
function hostOf(url: string): string {
  const { protocol, host } = new URL(url);
  return `${protocol}//${host}`;
}
