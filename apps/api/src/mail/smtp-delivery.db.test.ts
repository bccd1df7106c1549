// E-mail really leaves: the outbox relay hands a queued e-mail to the SMTP mailer, which
// delivers it to a real SMTP server (Mailpit, started by scripts/test.sh); the test reads it
// back through Mailpit's JSON API. Skipped, with a line saying so, when no Mailpit is given.
import { randomUUID } from 'node:crypto';
import { defineEmailTemplate, queueEmail, relayOutbox } from '@tandem/core/notifications';
import { createTestDatabase, type TestDatabase } from '@tandem/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSmtpMailer, type SmtpMailer } from './smtp-mailer.ts';

const smtpUrl = process.env.TEST_SMTP_URL;
const mailpitUrl = process.env.TEST_MAILPIT_API_URL;
if (!smtpUrl || !mailpitUrl) console.log('– skipping SMTP delivery through Mailpit: TEST_SMTP_URL / TEST_MAILPIT_API_URL are not set (scripts/test.sh sets them when Go can install Mailpit)');

/** A message as Mailpit's API summarises and shows it (only the fields read here). */
interface MailpitSummary {
  ID: string;
  MessageID: string;
  To: { Address: string }[];
}
interface MailpitMessage extends MailpitSummary {
  From: { Name: string; Address: string };
  Subject: string;
  Text: string;
  HTML: string;
}

async function mailpit<T>(path: string): Promise<T> {
  const response = await fetch(`${mailpitUrl}${path}`);
  if (!response.ok) throw new Error(`Mailpit ${path}: ${response.status}`);
  return (await response.json()) as T;
}

/** The one message Mailpit holds for `to`, read in full. */
async function messageTo(to: string): Promise<MailpitMessage> {
  const { messages } = await mailpit<{ messages: MailpitSummary[] }>('/api/v1/messages?limit=500');
  const mine = messages.filter((m) => m.To.some((r) => r.Address === to));
  expect(mine).toHaveLength(1);
  return mailpit<MailpitMessage>(`/api/v1/message/${mine[0]!.ID}`);
}

const refund = defineEmailTemplate('order_refunded', (d: { number: string }) => ({
  subject: `Partial refund of 25.00 EUR for order ${d.number}`,
  text: `We refunded 25.00 EUR for your order ${d.number}.`,
  html: `<p>We refunded <strong>25.00 EUR</strong> for your order ${d.number}.</p>`,
}));
const plain = defineEmailTemplate('password_reset', () => ({ subject: 'Reset your password', text: 'Follow this link: http://127.0.0.1:3000/reset' }));

describe.skipIf(!smtpUrl || !mailpitUrl)('SMTP delivery through Mailpit', () => {
  let db: TestDatabase;
  let smtp: SmtpMailer;
  beforeAll(async () => {
    db = await createTestDatabase();
    smtp = createSmtpMailer({ url: smtpUrl!, from: 'Tandem Shop <shop@tandem.test>', timeoutMs: 5_000 });
  });
  afterAll(async () => {
    smtp.close();
    await db.close();
  });

  it('delivers text and HTML as one message to the shopper and records its Message-ID', async () => {
    const to = `${randomUUID()}@example.test`;
    const id = await queueEmail(db.prisma, refund, to, { number: 'T-1001' });
    expect(await relayOutbox(db.prisma, smtp.send)).toBeGreaterThanOrEqual(1);

    const message = await messageTo(to);
    expect(message.Subject).toBe('Partial refund of 25.00 EUR for order T-1001');
    expect(message.From).toMatchObject({ Name: 'Tandem Shop', Address: 'shop@tandem.test' });
    expect(message.Text.trim()).toBe('We refunded 25.00 EUR for your order T-1001.');
    expect(message.HTML).toContain('<strong>25.00 EUR</strong>');
    const row = await db.prisma.outboxEmail.findUniqueOrThrow({ where: { id }, select: { sentAt: true, messageId: true } });
    expect(row.sentAt).not.toBeNull();
    expect(row.messageId).toBe(`<${message.MessageID}>`);
  });

  it('sends a text-only e-mail without an HTML part', async () => {
    const to = `${randomUUID()}@example.test`;
    await queueEmail(db.prisma, plain, to, {});
    await relayOutbox(db.prisma, smtp.send);
    const message = await messageTo(to);
    expect(message.Text).toContain('Follow this link: http://127.0.0.1:3000/reset');
    expect(message.HTML).toBe('');
  });
});
