// The products a marketing form can point a rule at, for the admin's product picker: found by
// title, slug or SKU as the staff member types, each with its variants so a rule can target either.
import type { Prisma, PrismaClient } from '@tandem/db';

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
const SELECTED = {
  id: true, title: true, slug: true, status: true,
  variants: { orderBy: [{ position: 'asc' as const }, { id: 'asc' as const }], select: { id: true, sku: true, title: true, optionValues: true, priceAmount: true, currency: true } },
};

async function targetsWhere(prisma: PrismaClient, where: Prisma.ProductWhereInput, limit?: number): Promise<RuleTarget[]> {
  const rows = await prisma.product.findMany({ where, orderBy: [{ title: 'asc' }, { id: 'asc' }], ...(limit === undefined ? {} : { take: limit }), select: SELECTED });
  return rows.map((row) => ({
    ...row,
    variants: row.variants.map(({ optionValues, ...variant }) => ({ ...variant, options: optionsOf(optionValues) })),
  }));
}

/**
 * Up to `limit` products whose title or slug contains `query`, or one of whose SKUs starts with
 * it; archived products are offered too (a rule may be prepared before a product returns).
 * @example await findRuleTargets(prisma, 'helmet') // [{ id, title: 'Aero helmet', variants: [...] }, …]
 */
export async function findRuleTargets(prisma: PrismaClient, query: string, limit = 10): Promise<RuleTarget[]> {
  const q = query.trim();
  if (!q) return [];
  return targetsWhere(prisma, { OR: [{ title: { contains: q, mode: 'insensitive' } }, { slug: { contains: q.toLowerCase() } }, { variants: { some: { sku: { startsWith: q, mode: 'insensitive' } } } }] }, limit);
}

/**
 * The products among `productIds`, and those holding one of `variantIds`: what a saved rule
 * targets, so its form names each target as the picker did. Ids of deleted products are absent.
 * @example await ruleTargetsByIds(prisma, { productIds: [helmet.id], variantIds: [] }) // [{ id: helmet.id, title: 'Aero helmet', … }]
 */
export async function ruleTargetsByIds(prisma: PrismaClient, ids: { productIds: readonly string[]; variantIds: readonly string[] }): Promise<RuleTarget[]> {
  if (!ids.productIds.length && !ids.variantIds.length) return [];
  return targetsWhere(prisma, { OR: [{ id: { in: [...ids.productIds] } }, { variants: { some: { id: { in: [...ids.variantIds] } } } }] });
}
