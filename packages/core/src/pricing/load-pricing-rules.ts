// Loads the rules that can price a cart right now: automatic promotions in their window, the
// entered code's promotion (whatever its dates, so the shopper hears why it does not apply),
// the valid price lists and the volume tiers of the cart's variants. Promotions and price-list
// headers come from the database, or from a process's cached `ActiveRuleSet` (rules-cache.ts)
// filtered here in memory by the same conditions; the per-variant rows are always read.
import type { Prisma, PrismaClient } from '@tandem/db';
import { PRICE_LIST_HEADER, rulesInForce, type ActiveRuleSet } from './active-rule-set.ts';
import type { PricingRules, VolumeTierRule } from './types.ts';

type Db = PrismaClient | Prisma.TransactionClient;

export interface RulesQuery {
  currency: string;
  now: Date;
  code: string | null;
  variantIds: readonly string[];
}

export async function loadPricingRules(db: Db, q: RulesQuery, cached?: ActiveRuleSet): Promise<PricingRules> {
  // One after another: a transaction is one connection, which runs one query at a time.
  const { promotions, priceLists: headers } = cached ? await rulesInForce(db, cached, q) : await loadRulesInForce(db, q);
  // The entries only when a list is live (most shops have none): a nested select would always query.
  const entries = headers.length
    ? await db.priceListEntry.findMany({ where: { priceListId: { in: headers.map((l) => l.id) }, variantId: { in: [...q.variantIds] } }, select: { priceListId: true, variantId: true, amount: true } })
    : [];
  const lists = headers.map((list) => ({ ...list, entries: entries.filter((e) => e.priceListId === list.id) }));
  const { tiers, clearance } = await variantPriceRows(db, q.variantIds);
  return {
    clearance: Object.fromEntries(clearance.map((c) => [c.variantId, { amount: c.amount, name: c.name }])),
    promotions,
    priceLists: lists.map(({ entries, ...list }) => ({ ...list, prices: Object.fromEntries(entries.map((e) => [e.variantId, e.amount])) })),
    tiers,
  };
}

interface VariantPriceRow {
  /** null for a volume tier, the rule's name for a clearance price. */
  clearance: string | null;
  variantId: string;
  minQuantity: number | null;
  amount: number;
}

/**
 * The variants' volume tiers (by variant, then quantity) and active clearance prices in one
 * statement: every quote and every order's transaction reads both, a round trip each before.
 */
async function variantPriceRows(db: Db, variantIds: readonly string[]): Promise<{ tiers: VolumeTierRule[]; clearance: { variantId: string; amount: number; name: string }[] }> {
  const ids = [...variantIds];
  const rows = await db.$queryRaw<VariantPriceRow[]>`
    SELECT NULL::text AS clearance, t."variantId", t."minQuantity", t."unitAmount" AS amount FROM "VolumeTier" t
    WHERE t."variantId" = ANY(${ids}::text[])
    UNION ALL
    SELECT r.name, c."variantId", NULL, c.amount FROM "ClearancePrice" c JOIN "ClearanceRule" r ON r.id = c."ruleId"
    WHERE r.active AND c."variantId" = ANY(${ids}::text[])
    ORDER BY 2, 3`;
  const tiers: VolumeTierRule[] = [];
  const clearance: { variantId: string; amount: number; name: string }[] = [];
  for (const row of rows) {
    if (row.clearance !== null) clearance.push({ variantId: row.variantId, amount: row.amount, name: row.clearance });
    else if (row.minQuantity !== null) tiers.push({ variantId: row.variantId, minQuantity: row.minQuantity, unitAmount: row.amount });
  }
  return { tiers, clearance };
}

/** The promotions and price-list headers in force, selected in SQL (no cached rule set). */
async function loadRulesInForce(db: Db, q: RulesQuery): Promise<ActiveRuleSet> {
  const inWindow = { AND: [{ OR: [{ startsAt: null }, { startsAt: { lte: q.now } }] }, { OR: [{ endsAt: null }, { endsAt: { gt: q.now } }] }] };
  const codeFilter: Prisma.PromotionWhereInput[] = q.code ? [{ code: q.code }] : [];
  const promotions = await db.promotion.findMany({
    where: { active: true, OR: [{ code: null, ...inWindow }, ...codeFilter] },
    orderBy: { id: 'asc' },
  });
  const priceLists = await db.priceList.findMany({
    where: { active: true, currency: q.currency, ...inWindow },
    select: PRICE_LIST_HEADER,
    orderBy: { id: 'asc' },
  });
  return { promotions, priceLists };
}
