// A customer's privacy choices: whether their behaviour may be kept for recommendations, and
// whether they want personal newsletters.
import type { PrismaClient } from '@tandem/db';

export interface ConsentChoices {
  tracking: boolean;
  marketing: boolean;
}

export async function consentOf(prisma: PrismaClient, customerId: string): Promise<ConsentChoices | null> {
  const row = await prisma.customer.findUnique({ where: { id: customerId }, select: { trackingConsent: true, marketingConsent: true } });
  return row ? { tracking: row.trackingConsent, marketing: row.marketingConsent } : null;
}

export async function setConsent(prisma: PrismaClient, customerId: string, choices: Partial<ConsentChoices>): Promise<ConsentChoices> {
  const row = await prisma.customer.update({
    where: { id: customerId },
    data: { trackingConsent: choices.tracking, marketingConsent: choices.marketing },
    select: { trackingConsent: true, marketingConsent: true },
  });
  return { tracking: row.trackingConsent, marketing: row.marketingConsent };
}

/** Customers who want personal newsletters, for the digest. */
export async function customersWithMarketingConsent(prisma: PrismaClient, limit: number, afterId?: string) {
  return prisma.customer.findMany({
    where: { marketingConsent: true, ...(afterId ? { id: { gt: afterId } } : {}) },
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
