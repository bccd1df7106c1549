// The shopper's side of a conversation: read it, reply, ask for a person after an automatic
// answer. Signed-in shoppers reach their own tickets by number; guests by their link's secret.
import type { Prisma } from '@tandem/db';
import type { ConversationRef, ShopperReplyInput } from '@tandem/validators';
import { hashToken } from '../accounts/index.ts';
import { DomainError, NotFoundError } from '../shared/index.ts';
import { oncePerFormKey } from './form-replay.ts';
import type { Asker, SupportDeps } from './deps.ts';
import { dueAfterShopperMessage, ticketReference } from './sla.ts';
import { conversationView, ticketWithMessages, type TicketRow } from './ticket-views.ts';
import type { ConversationView } from './types.ts';

type Customer = Asker['customer'];

async function whereRef(deps: SupportDeps, ref: ConversationRef, customer: Customer): Promise<Prisma.SupportTicketWhereUniqueInput> {
  if ('token' in ref) {
    const tokenHash = hashToken(ref.token);
    const link = await deps.prisma.supportTicketLink.findUnique({ where: { tokenHash }, select: { ticketId: true } });
    return link ? { id: link.ticketId } : { accessTokenHash: tokenHash };
  }
  if (!customer) throw new DomainError('unauthorized', 'Please sign in to see this conversation.');
  // A number that is not the customer's own is reported exactly like one that does not exist.
  return { number: ref.number, customerId: customer.id };
}

async function findTicket(deps: SupportDeps, ref: ConversationRef, customer: Customer): Promise<TicketRow> {
  const ticket = await deps.prisma.supportTicket.findUnique({ where: await whereRef(deps, ref, customer), include: ticketWithMessages });
  if (!ticket) throw new NotFoundError('conversation', 'token' in ref ? 'from this link' : ticketReference(ref.number));
  return ticket;
}

export async function getConversation(deps: SupportDeps, ref: ConversationRef, customer: Customer): Promise<ConversationView> {
  return conversationView(deps.prisma, await findTicket(deps, ref, customer));
}

/** The signed-in customer's conversations, newest first. */
export async function listConversations(deps: SupportDeps, customerId: string): Promise<ConversationView[]> {
  const tickets = await deps.prisma.supportTicket.findMany({
    where: { customerId },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: 100,
    include: ticketWithMessages,
  });
  return Promise.all(tickets.map((ticket) => conversationView(deps.prisma, ticket)));
}

/** The shopper writes again: the ticket waits for the store, with the earlier of the due times. */
export async function replyAsShopper(deps: SupportDeps, input: ShopperReplyInput, customer: Customer): Promise<ConversationView> {
  const ticket = await findTicket(deps, input.conversation, customer);
  const now = deps.now();
  const due = dueAfterShopperMessage(ticket.status === 'OPEN' ? ticket.responseDueAt : null, now, deps.responseTargetHours);
  await oncePerFormKey(deps.prisma, input.requestKey, ticket.id, () =>
    deps.prisma.$transaction(async (tx) => {
      await tx.supportMessage.create({ data: { ticketId: ticket.id, author: 'CUSTOMER', authorName: ticket.name, body: input.body, requestKey: input.requestKey, createdAt: now } });
      await tx.supportTicket.update({
        where: { id: ticket.id },
        data: { status: 'OPEN', responseDueAt: due, firstResponseDueAt: ticket.firstResponseDueAt ?? due },
      });
    }),
  );
  return getConversation(deps, input.conversation, customer);
}

/** After an automatic answer: "I still need a person". Asking twice changes nothing. */
export async function requestPerson(deps: SupportDeps, ref: ConversationRef, customer: Customer): Promise<ConversationView> {
  const ticket = await findTicket(deps, ref, customer);
  if (ticket.status !== 'AUTO_ANSWERED') return conversationView(deps.prisma, ticket);
  const due = dueAfterShopperMessage(null, deps.now(), deps.responseTargetHours);
  // Conditional on the status, so two clicks at once move the ticket once.
  await deps.prisma.supportTicket.updateMany({
    where: { id: ticket.id, status: 'AUTO_ANSWERED' },
    data: { status: 'OPEN', responseDueAt: due, firstResponseDueAt: due },
  });
  return getConversation(deps, ref, customer);
}
