// Turning ticket rows into what shoppers and agents see.
import type { Prisma, PrismaClient } from '@tandem/db';
import { productLinks } from '../catalog/index.ts';
import { ticketReference } from './sla.ts';
import type { ConversationView, TicketView } from './types.ts';

export const ticketWithMessages = {
  messages: { orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] },
} satisfies Prisma.SupportTicketInclude;

export type TicketRow = Prisma.SupportTicketGetPayload<{ include: typeof ticketWithMessages }>;

export async function conversationView(prisma: PrismaClient, ticket: TicketRow): Promise<ConversationView> {
  const [products, faq] = await Promise.all([
    productLinks(prisma, ticket.productId ? [ticket.productId] : []),
    ticket.faqEntryId ? prisma.faqEntry.findUnique({ where: { id: ticket.faqEntryId }, select: { question: true } }) : null,
  ]);
  const automatic = ticket.messages.find((message) => message.author === 'AUTOMATIC');
  return {
    number: ticket.number,
    reference: ticketReference(ticket.number),
    subject: ticket.subject,
    status: ticket.status,
    product: (ticket.productId && products.get(ticket.productId)) || null,
    autoAnswer: automatic ? { question: faq?.question ?? 'From our frequently asked questions', answer: automatic.body } : null,
    messages: ticket.messages.map(({ id, author, authorName, body, createdAt }) => ({ id, author, authorName, body, createdAt })),
    createdAt: ticket.createdAt,
  };
}

export async function ticketView(prisma: PrismaClient, ticket: TicketRow): Promise<TicketView> {
  return {
    ...(await conversationView(prisma, ticket)),
    id: ticket.id,
    name: ticket.name,
    email: ticket.email,
    customerId: ticket.customerId,
    channel: ticket.channel,
    responseDueAt: ticket.responseDueAt,
    firstResponseDueAt: ticket.firstResponseDueAt,
    firstRespondedAt: ticket.firstRespondedAt,
  };
}
