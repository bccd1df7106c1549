// Inputs of the customer-service API: shoppers' questions and replies, the agents' inbox,
// FAQ entries and canned replies.
import { z } from 'zod';
import { line, multiline } from './text.ts';
import { Email, EntityId } from './accounts.ts';
import { wholeNumber } from './numbers.ts';

/**
 * The random key a question or reply form carries (made when the form is rendered). A replayed
 * submission with the same key has no second effect; a question's key is also the secret of the
 * guest's link to the conversation, hence the length.
 */
export const FormKey = line()
  .trim()
  .regex(/^[A-Za-z0-9_-]{22,100}$/, 'This form has expired; reload the page and send it again');

const MessageBody = multiline()
  .trim()
  .min(2, 'Write your message')
  .max(5000, 'A message has at most 5,000 characters');

export const AskQuestionInput = z.object({
  requestKey: FormKey,
  name: line().trim().min(1, 'Enter your name').max(100, 'A name has at most 100 characters'),
  email: Email,
  /** Optional on a product page, where the product names the topic. */
  subject: line().trim().max(150, 'A subject has at most 150 characters').optional(),
  message: MessageBody.min(10, 'Tell us a little more: at least 10 characters'),
  /** The product the question is about, when asked from its page. */
  productId: EntityId.optional(),
});
export type AskQuestionInput = z.output<typeof AskQuestionInput>;

/** A conversation: by its number for its signed-in owner, or by the secret of a guest's link. */
export const ConversationRef = z.union([
  z.object({ number: wholeNumber().positive() }),
  z.object({ token: FormKey }),
]);
export type ConversationRef = z.output<typeof ConversationRef>;

export const ShopperReplyInput = z.object({ conversation: ConversationRef, requestKey: FormKey, body: MessageBody });
export type ShopperReplyInput = z.output<typeof ShopperReplyInput>;

export const INBOX_VIEWS = ['waiting', 'answered', 'auto_answered', 'closed', 'all'] as const;

export const InboxInput = z.object({
  /** `waiting`: the store owes a reply (the default). */
  view: z.enum(INBOX_VIEWS).default('waiting'),
  /** Matches the ticket number, the shopper's e-mail or name, or the subject. */
  query: line().trim().max(200).optional(),
  limit: z.number().int().min(1).max(100).default(25),
  offset: z.number().int().min(0).max(10_000).default(0),
});
export type InboxInput = z.input<typeof InboxInput>;
export type InboxQuery = z.output<typeof InboxInput>;

export const TicketIdInput = z.object({ ticketId: EntityId });

export const AgentReplyInput = z.object({
  ticketId: EntityId,
  requestKey: FormKey,
  body: MessageBody,
  /** Close the ticket with this reply. */
  close: z.boolean().default(false),
});
export type AgentReplyInput = z.input<typeof AgentReplyInput>;
export type AgentReply = z.output<typeof AgentReplyInput>;

const Keywords = z
  .array(line().trim().min(1).max(60))
  .max(30, 'At most 30 keywords')
  .default([]);

export const FaqEntryInput = z.object({
  question: line().trim().min(5, 'Write the question').max(300),
  answer: multiline().trim().min(5, 'Write the answer').max(5000),
  keywords: Keywords,
  published: z.boolean().default(true),
  position: z.number().int().min(0).max(10_000).default(0),
});
export type FaqEntryInput = z.input<typeof FaqEntryInput>;
export type FaqEntryData = z.output<typeof FaqEntryInput>;

export const FaqEntryUpdateInput = FaqEntryInput.partial().extend({ id: EntityId });
export type FaqEntryUpdateInput = z.input<typeof FaqEntryUpdateInput>;
export type FaqEntryUpdate = z.output<typeof FaqEntryUpdateInput>;

export const CannedReplyInput = z.object({
  title: line().trim().min(2, 'Give the reply a title').max(100),
  body: MessageBody,
});
export type CannedReplyInput = z.output<typeof CannedReplyInput>;

export const CannedReplyUpdateInput = CannedReplyInput.partial().extend({ id: EntityId });
export type CannedReplyUpdateInput = z.output<typeof CannedReplyUpdateInput>;

export const IdInput = z.object({ id: EntityId });

export const AuditListInput = z.object({
  entityType: line().trim().max(60).optional(),
  entityId: EntityId.optional(),
  actorEmail: line().trim().max(254).optional(),
  action: line().trim().max(100).optional(),
  limit: z.number().int().min(1).max(200).default(50),
  cursor: EntityId.optional(),
});
export type AuditListInput = z.input<typeof AuditListInput>;
export type AuditQuery = z.output<typeof AuditListInput>;
