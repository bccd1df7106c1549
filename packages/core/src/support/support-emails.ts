// The e-mails of a conversation, queued in the outbox inside the transaction that caused them.
import type { Prisma } from '@tandem/db';
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

export async function queueSupportEmail(
  tx: Prisma.TransactionClient,
  ticket: TicketMail,
  kind: 'support_received' | 'support_auto_answer' | 'support_reply',
  body: string,
  url: string,
): Promise<void> {
  const reference = ticketReference(ticket.number);
  const subjects = {
    support_received: `We received your question [${reference}]`,
    support_auto_answer: `An answer to your question [${reference}]`,
    support_reply: `Re: ${ticket.subject} [${reference}]`,
  };
  const closing = kind === 'support_received'
    ? 'A person from our team will answer within 24 hours.'
    : 'If this does not answer your question, reply on the conversation page and a person will pick it up.';
  await tx.outboxEmail.create({
    data: {
      to: ticket.email,
      kind,
      subject: subjects[kind],
      text: `Hello ${ticket.name},\n\n${body}\n\n${closing}\n\nYour conversation: ${url}\n`,
    },
  });
}
