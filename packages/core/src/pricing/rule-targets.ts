// The products a marketing form can point a rule at, for the admin's product picker: found by
// title, slug or SKU as the staff member types, each with its variants so a rule can target either.
import type { PrismaClient } from '@tandem/db';

/** A product the picker offers, with the ids the rule forms take. */
export interface RuleTarget {
  id: string;
  title: string;
  slug: string;
  status: string;
  variants: { id: string; sku: string; title: string; priceAmount: number; currency: string }[];
}

/**
 * Up to `limit` products whose title or slug contains `query`, or one of whose SKUs starts with
 * it; archived products are offered too (a rule may be prepared before a product returns).
 * @example await findRuleTargets(prisma, 'helmet') // [{ id, title: 'Aero helmet', variants: [...] }, …]
 */
export async function findRuleTargets(prisma: PrismaClient, query: string, limit = 10): Promise<RuleTarget[]> {
  const q = query.trim();
  if (!q) return [];
  const rows = await prisma.product.findMany({
    where: { OR: [{ title: { contains: q, mode: 'insensitive' } }, { slug: { contains: q.toLowerCase() } }, { variants: { some: { sku: { startsWith: q, mode: 'insensitive' } } } }] },
    orderBy: [{ title: 'asc' }, { id: 'asc' }],
    take: limit,
    select: { id: true, title: true, slug: true, status: true, variants: { orderBy: [{ position: 'asc' }, { id: 'asc' }], select: { id: true, sku: true, title: true, priceAmount: true, currency: true } } },
  });
  return rows;
}
