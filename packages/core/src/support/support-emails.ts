// The e-mails of a conversation (templates for the notifications outbox), queued inside the
// transaction that caused them.
import type { Prisma } from '@tandem/db';
import { block, composeEmail, defineEmailTemplate, queueEmail, type EmailTemplate } from '../notifications/index.ts';
import { ticketReference } from './sla.ts';

export interface ConversationLink {
  /** Signed-in owners follow the account page; guests the secret link. */
  customerId: string | null;
  number: number;
  token: string | null;
}

export function conversationUrl(storefrontUrl: string, link: ConversationLink): string {
  if (link.customerId || !link.token) return `${storefrontUrl}/account/support/${link.number}`;
  return `${storefrontUrl}/support/${encodeURIComponent(link.token)}`;
}

interface TicketMail {
  email: string;
  name: string;
  subject: string;
  number: number;
}

type SupportEmailKind = 'support_received' | 'support_auto_answer' | 'support_reply';

interface SupportEmailData {
  ticket: TicketMail;
  body: string;
  url: string;
}

function supportTemplate(kind: SupportEmailKind, subject: (ticket: TicketMail, reference: string) => string, closing: string) {
  return defineEmailTemplate(kind, ({ ticket, body, url }: SupportEmailData) =>
    composeEmail(subject(ticket, ticketReference(ticket.number)), [
      block.paragraph(`Hello ${ticket.name},`),
      block.paragraph(body),
      block.paragraph(closing),
      block.link('Your conversation', url),
    ]),
  );
}

const PERSON_WILL_PICK_UP = 'If this does not answer your question, reply on the conversation page and a person will pick it up.';

/** The conversation e-mails by kind (exported for their tests). */
export const supportEmails: Record<SupportEmailKind, EmailTemplate<SupportEmailData>> = {
  support_received: supportTemplate('support_received', (_, reference) => `We received your question [${reference}]`, 'A person from our team will answer within 24 hours.'),
  support_auto_answer: supportTemplate('support_auto_answer', (_, reference) => `An answer to your question [${reference}]`, PERSON_WILL_PICK_UP),
  support_reply: supportTemplate('support_reply', (ticket, reference) => `Re: ${ticket.subject} [${reference}]`, PERSON_WILL_PICK_UP),
};

/** Queues one e-mail of a conversation to the asker: `body`, then a link to the conversation. */
export async function queueSupportEmail(tx: Prisma.TransactionClient, ticket: TicketMail, kind: SupportEmailKind, body: string, url: string): Promise<void> {
  await queueEmail(tx, supportEmails[kind], ticket.email, { ticket, body, url });
}
