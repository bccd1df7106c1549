// The one door through which any context sends an e-mail: a context defines its templates
// (what an e-mail says, from plain data) and queues them here. Only this context writes the
// OutboxEmail table; the relay delivers from it. Queued in the caller's transaction, so the
// e-mail commits or rolls back with the change it announces (transactional outbox).
import type { Prisma } from '@tandem/db';
import type { EmailAttachmentRef } from './email-attachments.ts';

type Outbox = Pick<Prisma.TransactionClient, 'outboxEmail'>;

/** What a template renders: the message itself. */
export interface RenderedEmail {
  subject: string;
  text: string;
  html?: string | null;
  /** Documents to attach; the relay renders them when it sends (email-attachments.ts). */
  attachments?: readonly EmailAttachmentRef[];
}

/**
 * An e-mail a context sends, rendered from its data when it is queued.
 *
 * @example
 * const orderShipped = defineEmailTemplate('order_shipped', (d: { number: string }) => ({ subject: `Order ${d.number} is on its way`, text: '…' }));
 * await queueEmail(tx, orderShipped, order.email, { number: order.number });
 */
export interface EmailTemplate<Data> {
  /** Stored with the e-mail; tests, the relay's logs and de-duplication look it up by kind. */
  kind: string;
  render(data: Data): RenderedEmail;
}

export function defineEmailTemplate<Data>(kind: string, render: (data: Data) => RenderedEmail): EmailTemplate<Data> {
  return { kind, render };
}

/** The outbox columns of a rendered e-mail. */
function rowOf(email: RenderedEmail) {
  const attachments = (email.attachments ?? []).map(({ kind, id, filename }) => ({ kind, id, filename }));
  return { subject: email.subject, text: email.text, html: email.html ?? null, attachments };
}

/** Queues one e-mail to `to`, rendered from `template` and `data`. Returns the outbox row's id. */
export async function queueEmail<Data>(db: Outbox, template: EmailTemplate<Data>, to: string, data: Data): Promise<string> {
  const email = template.render(data);
  const row = await db.outboxEmail.create({
    data: { ...rowOf(email), to, kind: template.kind },
    select: { id: true },
  });
  return row.id;
}

/**
 * Queues the e-mail unless one with the same `dedupeKey` was queued before, and says whether it
 * queued. The key names what the e-mail announces (`order:<id>:refunded:<total>`), not its
 * wording: a handler that runs twice sends once, two different events send two e-mails even
 * when their subjects match. The unique key makes it hold without any lock of the caller's.
 */
export async function queueEmailOnce<Data>(db: Outbox, template: EmailTemplate<Data>, to: string, data: Data, dedupeKey: string): Promise<boolean> {
  const email = template.render(data);
  const { count } = await db.outboxEmail.createMany({
    data: [{ ...rowOf(email), to, kind: template.kind, dedupeKey }],
    skipDuplicates: true,
  });
  return count === 1;
}

/**
 * Whether an e-mail of this kind (and, when given, this subject) was ever queued to this address,
 * for once-only e-mails and for handlers that may run twice.
 */
export async function wasEmailQueued(db: Outbox, to: string, kind: string, subject?: string): Promise<boolean> {
  return (await db.outboxEmail.findFirst({ where: { to, kind, ...(subject === undefined ? {} : { subject }) }, select: { id: true } })) !== null;
}
