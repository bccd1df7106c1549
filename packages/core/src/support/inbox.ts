// The agents' side: the inbox ordered by time left on the response target (overdue first),
// a ticket's detail, replies (which e-mail the shopper) and closing. Every change is audited.
import type { Prisma } from '@tandem/db';
import type { AgentReply, InboxQuery } from '@tandem/validators';
import { hashToken, newToken } from '../accounts/index.ts';
import { recordAudit } from '../staff/index.ts';
import { NotFoundError } from '../shared/index.ts';
import { oncePerFormKey } from './form-replay.ts';
import type { Agent, SupportDeps } from './deps.ts';
import { ticketReference, timeLeft } from './sla.ts';
import { conversationUrl, queueSupportEmail } from './support-emails.ts';
import { ticketView, ticketWithMessages } from './ticket-views.ts';
import type { InboxPage, TicketView } from './types.ts';


const VIEWS: Record<InboxQuery['view'], { where: Prisma.SupportTicketWhereInput; orderBy: Prisma.SupportTicketOrderByWithRelationInput[] }> = {
  waiting: { where: { status: 'OPEN' }, orderBy: [{ responseDueAt: 'asc' }, { createdAt: 'asc' }, { id: 'asc' }] },
  answered: { where: { status: 'ANSWERED' }, orderBy: [{ updatedAt: 'desc' }, { id: 'desc' }] },
  auto_answered: { where: { status: 'AUTO_ANSWERED' }, orderBy: [{ createdAt: 'desc' }, { id: 'desc' }] },
  closed: { where: { status: 'CLOSED' }, orderBy: [{ updatedAt: 'desc' }, { id: 'desc' }] },
  all: { where: {}, orderBy: [{ responseDueAt: { sort: 'asc', nulls: 'last' } }, { updatedAt: 'desc' }, { id: 'desc' }] },
};

function matching(query: string | undefined): Prisma.SupportTicketWhereInput {
  if (!query) return {};
  const number = /^\s*#?(?:t-?)?0*(\d{1,9})\s*$/i.exec(query)?.[1];
  if (number) return { number: Number(number) };
  const contains = { contains: query, mode: 'insensitive' as const };
  return { OR: [{ email: contains }, { name: contains }, { subject: contains }] };
}

export async function listInbox(deps: SupportDeps, input: InboxQuery): Promise<InboxPage> {
  const now = deps.now();
  const view = VIEWS[input.view];
  const where = { ...view.where, ...matching(input.query) };
  const [rows, total, overdue] = await Promise.all([
    deps.prisma.supportTicket.findMany({
      where,
      orderBy: view.orderBy,
      skip: input.offset,
      take: input.limit,
      include: { messages: { orderBy: { createdAt: 'desc' }, take: 1, select: { createdAt: true } } },
    }),
    deps.prisma.supportTicket.count({ where }),
    deps.prisma.supportTicket.count({ where: { status: 'OPEN', responseDueAt: { lt: now } } }),
  ]);
  return {
    total,
    overdue,
    items: rows.map((row) => ({
      id: row.id,
      number: row.number,
      reference: ticketReference(row.number),
      subject: row.subject,
      name: row.name,
      email: row.email,
      channel: row.channel,
      status: row.status,
      responseDueAt: row.responseDueAt,
      ...timeLeft(row.responseDueAt, now),
      lastMessageAt: row.messages[0]?.createdAt ?? row.createdAt,
      createdAt: row.createdAt,
    })),
  };
}

export async function getTicket(deps: SupportDeps, ticketId: string): Promise<TicketView> {
  const ticket = await deps.prisma.supportTicket.findUnique({ where: { id: ticketId }, include: ticketWithMessages });
  if (!ticket) throw new NotFoundError('ticket', ticketId);
  return ticketView(deps.prisma, ticket);
}

/** An agent answers: the shopper gets an e-mail, nothing is owed until they write again. */
export async function replyAsAgent(deps: SupportDeps, agent: Agent, input: AgentReply): Promise<TicketView> {
  const now = deps.now();
  await oncePerFormKey(deps.prisma, input.requestKey, input.ticketId, () => deps.prisma.$transaction(async (tx) => {
    const ticket = await tx.supportTicket.findUnique({ where: { id: input.ticketId } });
    if (!ticket) throw new NotFoundError('ticket', input.ticketId);
    const message = await tx.supportMessage.create({
      data: { ticketId: ticket.id, author: 'AGENT', authorId: agent.id, authorName: agent.name, body: input.body, requestKey: input.requestKey, createdAt: now },
    });
    const after = await tx.supportTicket.update({
      where: { id: ticket.id },
      data: { status: input.close ? 'CLOSED' : 'ANSWERED', responseDueAt: null, firstRespondedAt: ticket.firstRespondedAt ?? now },
    });
    const token = ticket.customerId ? null : newToken();
    if (token) await tx.supportTicketLink.create({ data: { tokenHash: hashToken(token), ticketId: ticket.id } });
    const url = conversationUrl(deps.storefrontUrl, { customerId: ticket.customerId, number: ticket.number, token });
    await queueSupportEmail(tx, ticket, 'support_reply', input.body, url);
    await recordAudit(tx, agent, {
      action: 'support.ticket.reply',
      entityType: 'SupportTicket',
      entityId: ticket.id,
      before: { status: ticket.status, responseDueAt: ticket.responseDueAt },
      after: { status: after.status, responseDueAt: after.responseDueAt, messageId: message.id },
    });
  }));
  return getTicket(deps, input.ticketId);
}

export async function closeTicket(deps: SupportDeps, agent: Agent, ticketId: string): Promise<TicketView> {
  await deps.prisma.$transaction(async (tx) => {
    const ticket = await tx.supportTicket.findUnique({ where: { id: ticketId } });
    if (!ticket) throw new NotFoundError('ticket', ticketId);
    if (ticket.status === 'CLOSED') return;
    await tx.supportTicket.update({ where: { id: ticketId }, data: { status: 'CLOSED', responseDueAt: null } });
    await recordAudit(tx, agent, {
      action: 'support.ticket.close',
      entityType: 'SupportTicket',
      entityId: ticketId,
      before: { status: ticket.status },
      after: { status: 'CLOSED' },
    });
  });
  return getTicket(deps, ticketId);
}
