// E-mail really leaves: the outbox relay hands a queued e-mail to the SMTP mailer, which
// delivers it to a real SMTP server (Mailpit, started by scripts/test.sh); the test reads it
// back through Mailpit's JSON API. Skipped, with a line saying so, when no Mailpit is given.
import { randomUUID } from 'node:crypto';
import { defineEmailTemplate, queueEmail, relayOutbox } from '@tandem/core/notifications';
import { documentAttachmentRenderer, markOfflinePaymentReceived, orderEmailSubscriber, refundOrder } from '@tandem/core/orders';
import { createTestDatabase, TEST_STOREFRONT_URL, type TestDatabase } from '@tandem/db/testing';
import type { PaymentProvider } from '@tandem/payments';
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
  Attachments: { PartID: string; FileName: string; ContentType: string }[];
}

async function mailpit<T>(path: string): Promise<T> {
  const response = await fetch(`${mailpitUrl}${path}`);
  if (!response.ok) throw new Error(`Mailpit ${path}: ${response.status}`);
  return (await response.json()) as T;
}

/** The messages Mailpit holds for `to`, oldest first, read in full. */
async function messagesTo(to: string): Promise<MailpitMessage[]> {
  const { messages } = await mailpit<{ messages: MailpitSummary[] }>('/api/v1/messages?limit=500');
  const mine = messages.filter((m) => m.To.some((r) => r.Address === to)).reverse();
  return Promise.all(mine.map((m) => mailpit<MailpitMessage>(`/api/v1/message/${m.ID}`)));
}

/** The one message Mailpit holds for `to`, read in full. */
async function messageTo(to: string): Promise<MailpitMessage> {
  const mine = await messagesTo(to);
  expect(mine).toHaveLength(1);
  return mine[0]!;
}

/** The first bytes of an attachment as Mailpit received it. */
async function attachmentHead(message: MailpitMessage, partId: string): Promise<string> {
  const response = await fetch(`${mailpitUrl}/api/v1/message/${message.ID}/part/${partId}`);
  expect(response.ok).toBe(true);
  return Buffer.from(await response.arrayBuffer()).subarray(0, 5).toString('latin1');
}

/** A 20.00 EUR order of one line at 21 % (prices include tax), awaiting an offline payment. */
async function offlineOrder(prisma: TestDatabase['prisma'], email: string): Promise<string> {
  const order = await prisma.order.create({
    data: {
      number: `T-${randomUUID().slice(0, 8)}`, idempotencyKey: randomUUID(), email, currency: 'EUR', pricesIncludeTax: true,
      subtotalAmount: 2_000, shippingAmount: 0, taxAmount: 347, totalAmount: 2_000,
      shippingAddress: { name: 'Ada Attach', line1: 'Kade 2', postalCode: '1012 AA', city: 'Amsterdam', country: 'NL' },
      shippingMethodCode: 'standard', shippingMethodName: 'Standard', reservationExpiresAt: new Date(Date.now() + 3_600_000),
      lines: { create: [{ variantId: 'v1', sku: 'BELL-1', productTitle: 'Brass bell', variantTitle: 'Gold', quantity: 1, unitPriceAmount: 2_000, lineTotalAmount: 2_000, taxAmount: 347 }] },
      payments: { create: { provider: 'offline', providerRef: `off_${randomUUID()}`, amount: 2_000, currency: 'EUR', stateChangedAt: new Date(0) } },
    },
  });
  return order.id;
}

/** Offline payments never reach a provider; refunding one only records it. */
const noProvider = {} as PaymentProvider;

const refund = defineEmailTemplate('order_refunded', (d: { number: string }) => ({
  subject: `Partial refund of 25.00 EUR for order ${d.number}`,
  text: `We refunded 25.00 EUR for your order ${d.number}.`,
  html: `<p>We refunded <strong>25.00 EUR</strong> for your order ${d.number}.</p>`,
}));
const plain = defineEmailTemplate('password_reset', () => ({ subject: 'Reset your password', text: 'Follow this link: http://127.0.0.1:3000/reset' }));

describe.skipIf(!smtpUrl || !mailpitUrl)(`SMTP delivery through Mailpit${smtpUrl && mailpitUrl ? '' : ' (skipped: TEST_SMTP_URL and TEST_MAILPIT_API_URL are not set; scripts/test.sh starts Mailpit and sets them)'}`, () => {
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

  it('attaches the invoice PDF to the payment e-mail and the credit note to the refund e-mail, drawn at send time', async () => {
    const to = `${randomUUID()}@example.test`;
    const orderId = await offlineOrder(db.prisma, to);
    const emails = orderEmailSubscriber(db.prisma, { storefrontUrl: TEST_STOREFRONT_URL }).on;
    await markOfflinePaymentReceived(db.prisma, orderId);
    await emails.paid!({ type: 'paid', orderId, at: new Date().toISOString() });
    await refundOrder(db.prisma, noProvider, { orderId, amount: 500, idempotencyKey: randomUUID() });
    await emails.refunded!({ type: 'refunded', orderId, at: new Date().toISOString(), amount: 500, refundedTotal: 500 });
    const renderAttachment = documentAttachmentRenderer(db.prisma);
    while ((await relayOutbox(db.prisma, smtp.send, { renderAttachment })) > 0);

    const invoice = await db.prisma.invoice.findUniqueOrThrow({ where: { orderId }, select: { number: true } });
    const note = await db.prisma.creditNote.findFirstOrThrow({ where: { orderId }, select: { number: true } });
    const invoiceName = `INV-${String(invoice.number).padStart(6, '0')}.pdf`;
    const noteName = `CN-${String(note.number).padStart(6, '0')}.pdf`;
    const [paid, refunded] = await messagesTo(to);
    expect(paid!.Subject).toMatch(/^Payment received/);
    expect(paid!.Text).toContain(`Your invoice ${invoiceName.replace('.pdf', '')} is attached as a PDF.`);
    expect(paid!.Attachments.map((a) => [a.FileName, a.ContentType])).toEqual([[invoiceName, 'application/pdf']]);
    expect(await attachmentHead(paid!, paid!.Attachments[0]!.PartID)).toBe('%PDF-');
    expect(refunded!.Subject).toMatch(/^Partial refund of 5\.00 EUR/);
    expect(refunded!.Attachments.map((a) => [a.FileName, a.ContentType])).toEqual([[noteName, 'application/pdf']]);
    expect(await attachmentHead(refunded!, refunded!.Attachments[0]!.PartID)).toBe('%PDF-');
  });
});
