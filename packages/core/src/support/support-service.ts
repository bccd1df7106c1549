// Customer service bound to one database: shoppers' questions and conversations, the agents'
// inbox, FAQ entries and canned replies. Created once per process.
import type { PrismaClient } from '@tandem/db';
import type { AgentReply, AskQuestionInput, CannedReplyInput, CannedReplyUpdateInput, ConversationRef, FaqEntryData, FaqEntryUpdate, InboxQuery, ShopperReplyInput } from '@tandem/validators';
import { rateLimiterOf } from '../accounts/index.ts';
import { withoutTrailingSlash } from '../shared/index.ts';
import { askQuestion } from './ask-question.ts';
import { getConversation, listConversations, replyAsShopper, requestPerson } from './conversations.ts';
import type { Agent, Asker, SupportDeps } from './deps.ts';
import { createCannedReply, createFaqEntry, deleteCannedReply, deleteFaqEntry, listCannedReplies, listFaq, updateCannedReply, updateFaqEntry } from './faq-entries.ts';
import { DEFAULT_AUTO_ANSWER_THRESHOLD } from './faq-matching.ts';
import { closeTicket, getTicket, listInbox, replyAsAgent } from './inbox.ts';
import { DEFAULT_RESPONSE_TARGET_HOURS } from './sla.ts';

export interface SupportServiceOptions {
  /** Base URL of the storefront, for links in e-mails (the host's configuration, e.g. STOREFRONT_URL). */
  storefrontUrl: string;
  /** Hours within which a person answers. Default 24. */
  responseTargetHours?: number;
  /** Cosine similarity from which an FAQ entry answers automatically. Default 0.35. */
  autoAnswerThreshold?: number;
  /** The clock; tests move it to check response targets. */
  now?: () => Date;
}

export function createSupportService(prisma: PrismaClient, options: SupportServiceOptions) {
  const deps: SupportDeps = {
    prisma,
    now: options.now ?? (() => new Date()),
    storefrontUrl: withoutTrailingSlash(options.storefrontUrl),
    responseTargetHours: options.responseTargetHours ?? DEFAULT_RESPONSE_TARGET_HOURS,
    autoAnswerThreshold: options.autoAnswerThreshold ?? DEFAULT_AUTO_ANSWER_THRESHOLD,
    limiter: rateLimiterOf(prisma),
  };
  type Customer = Asker['customer'];
  return {
    ask: (input: AskQuestionInput, asker: Asker) => askQuestion(deps, input, asker),
    conversation: (ref: ConversationRef, customer: Customer) => getConversation(deps, ref, customer),
    conversations: (customerId: string) => listConversations(deps, customerId),
    reply: (input: ShopperReplyInput, customer: Customer) => replyAsShopper(deps, input, customer),
    requestPerson: (ref: ConversationRef, customer: Customer) => requestPerson(deps, ref, customer),
    publishedFaq: () => listFaq(deps, { publishedOnly: true }),

    inbox: (query: InboxQuery) => listInbox(deps, query),
    ticket: (ticketId: string) => getTicket(deps, ticketId),
    answer: (agent: Agent, input: AgentReply) => replyAsAgent(deps, agent, input),
    close: (agent: Agent, ticketId: string) => closeTicket(deps, agent, ticketId),
    faq: {
      list: () => listFaq(deps, { publishedOnly: false }),
      create: (agent: Agent, data: FaqEntryData) => createFaqEntry(deps, agent, data),
      update: (agent: Agent, data: FaqEntryUpdate) => updateFaqEntry(deps, agent, data),
      remove: (agent: Agent, id: string) => deleteFaqEntry(deps, agent, id),
    },
    cannedReplies: {
      list: () => listCannedReplies(deps),
      create: (agent: Agent, data: CannedReplyInput) => createCannedReply(deps, agent, data),
      update: (agent: Agent, data: CannedReplyUpdateInput) => updateCannedReply(deps, agent, data),
      remove: (agent: Agent, id: string) => deleteCannedReply(deps, agent, id),
    },
  };
}

export type SupportService = ReturnType<typeof createSupportService>;
