import type { TicketAuthor, TicketChannel, TicketStatus } from '@tandem/db';

export interface FaqEntryView {
  id: string;
  question: string;
  answer: string;
  keywords: string[];
  published: boolean;
  position: number;
  updatedAt: Date;
}

export interface CannedReplyView {
  id: string;
  title: string;
  body: string;
  updatedAt: Date;
}

export interface MessageView {
  id: string;
  author: TicketAuthor;
  authorName: string;
  body: string;
  createdAt: Date;
}

/** A conversation as its shopper sees it. */
export interface ConversationView {
  number: number;
  reference: string;
  subject: string;
  status: TicketStatus;
  product: { id: string; title: string; slug: string } | null;
  /** The FAQ answer given automatically, when there was one. */
  autoAnswer: { question: string; answer: string } | null;
  messages: MessageView[];
  createdAt: Date;
}

/** What a shopper gets back after asking: the conversation and, for a guest, its link's secret. */
export interface AskResult {
  conversation: ConversationView;
  /** The secret of the guest's conversation link (the form key they sent). */
  token: string;
}

export interface InboxItem {
  id: string;
  number: number;
  reference: string;
  subject: string;
  name: string;
  email: string;
  channel: TicketChannel;
  status: TicketStatus;
  /** When the store owes a reply by; null when nothing is owed. */
  responseDueAt: Date | null;
  /** Milliseconds until the reply is due; negative when overdue; null when nothing is owed. */
  timeLeftMs: number | null;
  overdue: boolean;
  lastMessageAt: Date;
  createdAt: Date;
}

export interface InboxPage {
  items: InboxItem[];
  total: number;
  /** How many waiting tickets are past their response target, whatever the view. */
  overdue: number;
}

/** A ticket as an agent sees it. */
export interface TicketView extends ConversationView {
  id: string;
  name: string;
  email: string;
  customerId: string | null;
  channel: TicketChannel;
  responseDueAt: Date | null;
  firstResponseDueAt: Date | null;
  firstRespondedAt: Date | null;
}
