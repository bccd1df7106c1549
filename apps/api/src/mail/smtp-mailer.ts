// The real mailer: delivers the outbox's e-mails to an SMTP server with nodemailer, text and
// (when the template has one) HTML as one multipart message, with the documents it carries attached. Every wait is bounded, so a mail
// server that hangs fails this one try instead of holding the relay (which then backs off).
import nodemailer from 'nodemailer';
import type { Mailer } from '@tandem/core/notifications';

/** Where and how the shop's e-mail is sent. */
export interface SmtpMailerOptions {
  /** `smtp://user:pass@host:587` (STARTTLS when offered) or `smtps://…:465` (TLS from the start); user and password percent-encoded. */
  url: string;
  /** The sender, e.g. `Tandem <shop@example.com>`. */
  from: string;
  /** The longest wait for connecting, the server's greeting, DNS and each reply, in ms (default 10 s). */
  timeoutMs?: number;
}

/** A mailer bound to one SMTP server; `close` ends its connections at shutdown. */
export interface SmtpMailer {
  send: Mailer;
  close(): void;
}

/**
 * Builds the SMTP mailer. Sending resolves with the server-accepted Message-ID and rejects on
 * any refusal or timeout, leaving the e-mail in the outbox for a later try.
 *
 * @example
 * const smtp = createSmtpMailer({ url: 'smtp://127.0.0.1:1025', from: 'Tandem <shop@tandem.localhost>' });
 * await relayOutbox(prisma, smtp.send);
 */
export function createSmtpMailer(options: SmtpMailerOptions): SmtpMailer {
  const timeout = options.timeoutMs ?? 10_000;
  const transport = nodemailer.createTransport({
    ...serverOf(options.url),
    connectionTimeout: timeout,
    greetingTimeout: timeout,
    socketTimeout: timeout,
    dnsTimeout: timeout,
  });
  return {
    async send(email) {
      const info = await transport.sendMail({
        from: options.from,
        to: email.to,
        subject: email.subject,
        text: email.text,
        ...(email.html ? { html: email.html } : {}),
        attachments: email.attachments.map((a) => ({ filename: a.filename, contentType: a.contentType, content: Buffer.from(a.content) })),
        // Lets the mail server's log and a bounce be traced back to the outbox row.
        headers: { 'X-Tandem-Outbox-Id': email.id, 'X-Tandem-Kind': email.kind },
      });
      return { messageId: info.messageId };
    },
    close: () => transport.close(),
  };
}

/**
 * Host, port, TLS and login from the URL. Read here because nodemailer, given a `url`, drops
 * every other option, the timeouts included.
 */
function serverOf(url: string) {
  const parsed = new URL(url);
  const secure = parsed.protocol === 'smtps:';
  const auth = parsed.username ? { user: decodeURIComponent(parsed.username), pass: decodeURIComponent(parsed.password) } : undefined;
  return { host: parsed.hostname, port: parsed.port ? Number(parsed.port) : secure ? 465 : 587, secure, ...(auth ? { auth } : {}) };
}
