// A customer's privacy choices: whether their behaviour may be kept for recommendations, and
// whether they want personal newsletters.
import type { PrismaClient } from '@tandem/db';
import { DomainError } from '../shared/index.ts';

/** Why marketing consent waits for a confirmed address: see docs/decisions.md (e-mail verification). */
export const MARKETING_NEEDS_VERIFIED_EMAIL =
  'Please confirm your e-mail address first: open the link we sent you, or ask for a new one on your account page. Newsletters go only to confirmed addresses.';

export interface ConsentChoices {
  tracking: boolean;
  marketing: boolean;
}

/** The choices in force, and whether newsletters could be agreed to (a confirmed address). */
export interface ConsentView extends ConsentChoices {
  emailVerified: boolean;
}

/** The customer's choices in force: a newsletter consent counts only for a confirmed address (older consents too). */
export async function consentOf(prisma: PrismaClient, customerId: string): Promise<ConsentView | null> {
  const row = await prisma.customer.findUnique({ where: { id: customerId }, select: { trackingConsent: true, marketingConsent: true, emailVerifiedAt: true } });
  if (!row) return null;
  const emailVerified = row.emailVerifiedAt !== null;
  return { tracking: row.trackingConsent, marketing: row.marketingConsent && emailVerified, emailVerified };
}

/**
 * Records the customer's choices. Agreeing to newsletters is refused while the address is not
 * confirmed: a consent given for someone else's mailbox is no consent (withdrawing always works).
 */
export async function setConsent(prisma: PrismaClient, customerId: string, choices: Partial<ConsentChoices>): Promise<ConsentChoices> {
  if (choices.marketing === true) {
    const owner = await prisma.customer.findUnique({ where: { id: customerId }, select: { emailVerifiedAt: true } });
    if (owner && !owner.emailVerifiedAt) throw new DomainError('invalid_input', MARKETING_NEEDS_VERIFIED_EMAIL, { marketing: [MARKETING_NEEDS_VERIFIED_EMAIL] });
  }
  const row = await prisma.customer.update({
    where: { id: customerId },
    data: { trackingConsent: choices.tracking, marketingConsent: choices.marketing },
    select: { trackingConsent: true, marketingConsent: true },
  });
  return { tracking: row.trackingConsent, marketing: row.marketingConsent };
}

/** Customers who want personal newsletters, for the digest: only confirmed addresses (older consents included). */
export async function customersWithMarketingConsent(prisma: PrismaClient, limit: number, afterId?: string) {
  return prisma.customer.findMany({
    where: { marketingConsent: true, emailVerifiedAt: { not: null }, ...(afterId ? { id: { gt: afterId } } : {}) },
    orderBy: { id: 'asc' },
    take: limit,
    select: { id: true, email: true, name: true },
  });
}

/** Customer ids for references that are either a customer id or an e-mail address (imports). */
export async function resolveCustomerRefs(prisma: PrismaClient, refs: readonly string[]): Promise<Map<string, string>> {
  const unique = [...new Set(refs)];
  if (unique.length === 0) return new Map();
  const emails = unique.filter((ref) => ref.includes('@')).map((ref) => ref.trim().toLowerCase());
  const rows = await prisma.customer.findMany({ where: { OR: [{ id: { in: unique } }, { email: { in: emails } }] }, select: { id: true, email: true } });
  const byEmail = new Map(rows.map((row) => [row.email, row.id]));
  const ids = new Set(rows.map((row) => row.id));
  const resolved = new Map<string, string>();
  for (const ref of unique) {
    const id = ids.has(ref) ? ref : byEmail.get(ref.trim().toLowerCase());
    if (id) resolved.set(ref, id);
  }
  return resolved;
}
