// Every e-mail the store queued, as staff read it in the admin "Sent e-mail" page: newest
// first, searchable by recipient or subject, with where delivery stands. With no SMTP server
// configured this is where the e-mails can be read at all. Staff permission is the API's check.
import type { Prisma, PrismaClient } from '@tandem/db';
import { NotFoundError } from '../shared/index.ts';
import { attachmentRefsOf, type AttachmentRenderer, type EmailAttachmentRef, type MailAttachment } from './email-attachments.ts';

/** Where an e-mail stands: waiting for the relay, delivered, or its last try failed. */
export type SentEmailStatus = 'queued' | 'sent' | 'failed';

/** One e-mail in the list, without its body. */
export interface SentEmailSummary {
  id: string;
  to: string;
  subject: string;
  kind: string;
  status: SentEmailStatus;
  createdAt: Date;
  sentAt: Date | null;
  attempts: number;
  /** The mail server's message from the last failed try, until a try succeeds. */
  lastError: string | null;
  /** The SMTP server's Message-ID once delivered. */
  messageId: string | null;
}

/** One e-mail with both of its parts and the documents it carries (by name; `sentEmailAttachment` draws one). */
export interface SentEmailDetail extends SentEmailSummary {
  text: string;
  html: string | null;
  attachments: EmailAttachmentRef[];
}

export interface SentEmailFilter {
  /** Part of the recipient's address or of the subject, any case. */
  search?: string | undefined;
  status?: SentEmailStatus | undefined;
  limit: number;
  /** The id of the last e-mail of the previous page. */
  cursor?: string | undefined;
}

const summarySelect = { id: true, to: true, subject: true, kind: true, createdAt: true, sentAt: true, attempts: true, lastError: true, messageId: true } satisfies Prisma.OutboxEmailSelect;

const STATUS_WHERE: Record<SentEmailStatus, Prisma.OutboxEmailWhereInput> = {
  sent: { sentAt: { not: null } },
  failed: { sentAt: null, lastError: { not: null } },
  queued: { sentAt: null, lastError: null },
};

function statusOf(row: { sentAt: Date | null; lastError: string | null }): SentEmailStatus {
  if (row.sentAt) return 'sent';
  return row.lastError ? 'failed' : 'queued';
}

/** A page of e-mails, newest first, and the cursor of the next page (null on the last). */
export async function listSentEmails(prisma: PrismaClient, filter: SentEmailFilter): Promise<{ items: SentEmailSummary[]; nextCursor: string | null }> {
  const search = filter.search?.trim();
  const where: Prisma.OutboxEmailWhereInput = {
    ...(filter.status ? STATUS_WHERE[filter.status] : {}),
    ...(search ? { OR: [{ to: { contains: search, mode: 'insensitive' } }, { subject: { contains: search, mode: 'insensitive' } }] } : {}),
  };
  const rows = await prisma.outboxEmail.findMany({
    where,
    select: summarySelect,
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: filter.limit + 1,
    ...(filter.cursor ? { cursor: { id: filter.cursor }, skip: 1 } : {}),
  });
  const page = rows.slice(0, filter.limit);
  return { items: page.map((row) => ({ ...row, status: statusOf(row) })), nextCursor: rows.length > filter.limit ? page.at(-1)!.id : null };
}

/** One e-mail with its text and HTML parts; NOT_FOUND for an unknown id. */
export async function sentEmail(prisma: PrismaClient, id: string): Promise<SentEmailDetail> {
  const row = await prisma.outboxEmail.findUnique({ where: { id }, select: { ...summarySelect, text: true, html: true, attachments: true } });
  if (!row) throw new NotFoundError('email', id);
  return { ...row, attachments: attachmentRefsOf(row.attachments), status: statusOf(row) };
}

/** The `index`th attachment of an e-mail, drawn as the relay sends it; NOT_FOUND when there is none. */
export async function sentEmailAttachment(prisma: PrismaClient, render: AttachmentRenderer, id: string, index: number): Promise<MailAttachment> {
  const row = await prisma.outboxEmail.findUnique({ where: { id }, select: { attachments: true } });
  const ref = row ? attachmentRefsOf(row.attachments)[index] : undefined;
  if (!ref) throw new NotFoundError('email attachment', `${id}/${index}`);
  return render(ref);
}

/**
 * The admin's reading side of the outbox, bound to one database and to the renderer of the
 * documents e-mails carry (the same one the relay sends with).
 *
 * @example const emails = createSentEmailService(prisma, renderAttachment); await emails.list({ search: 'ada@', limit: 50 })
 */
export function createSentEmailService(prisma: PrismaClient, renderAttachment: AttachmentRenderer) {
  return {
    list: (filter: SentEmailFilter) => listSentEmails(prisma, filter),
    byId: (id: string) => sentEmail(prisma, id),
    attachment: (id: string, index: number) => sentEmailAttachment(prisma, renderAttachment, id, index),
  };
}

export type SentEmailService = ReturnType<typeof createSentEmailService>;
