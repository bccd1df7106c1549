// What the support use cases share: the database, the clock, the targets and the rate limiter.
import type { PrismaClient } from '@tandem/db';
import type { RateLimiter } from '../accounts/index.ts';

export interface SupportDeps {
  prisma: PrismaClient;
  now: () => Date;
  /** Base URL of the storefront, without a trailing slash, for links in e-mails. */
  storefrontUrl: string;
  responseTargetHours: number;
  autoAnswerThreshold: number;
  limiter: RateLimiter;
}

/** The shopper behind a request: a signed-in customer, or a guest known only by the form. */
export interface Asker {
  customer: { id: string; email: string; name: string } | null;
  ip: string;
}

/** The staff member answering, as they sign their replies and appear in the audit log. */
export interface Agent {
  id: string;
  email: string;
  name: string;
}

export const MINUTE = 60_000;

/** Questions a single address may send per hour: bounds spam through the contact form. */
export const QUESTIONS_PER_IP = { name: 'support-question:ip', limit: 10, windowMs: 60 * MINUTE };
