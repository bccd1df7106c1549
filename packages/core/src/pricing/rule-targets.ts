// The products a marketing form can point a rule at, for the admin's product picker: found by
// title, slug or SKU as the staff member types, each with its variants so a rule can target either.
import type { PrismaClient } from '@tandem/db';

/** A product the picker offers, with the ids the rule forms take. */
export interface RuleTarget {
  id: string;
  title: string;
  slug: string;
  status: string;
  /** `options`: the option values that tell the variant apart, e.g. { size: 'M' }, for pickers' labels. */
  variants: { id: string; sku: string; title: string; options: Record<string, string>; priceAmount: number; currency: string }[];
}

/** Option values as strings (the column is JSON; anything else than an object has none). */
function optionsOf(value: unknown): Record<string, string> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return {};
  return Object.fromEntries(Object.entries(value).map(([name, v]) => [name, String(v)]));
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
    select: { id: true, title: true, slug: true, status: true, variants: { orderBy: [{ position: 'asc' }, { id: 'asc' }], select: { id: true, sku: true, title: true, optionValues: true, priceAmount: true, currency: true } } },
  });
  return rows.map((row) => ({
    ...row,
    variants: row.variants.map(({ optionValues, ...variant }) => ({ ...variant, options: optionsOf(optionValues) })),
  }));
}
