// Loads the rules that can price a cart right now: automatic promotions in their window, the
// entered code's promotion (whatever its dates, so the shopper hears why it does not apply),
// the valid price lists and the volume tiers of the cart's variants. Promotions and price-list
// headers come from the database, or from a process's cached `ActiveRuleSet` (rules-cache.ts)
// filtered here in memory by the same conditions; the per-variant rows are always read.
// Checkout passes its cached set as a candidate: used only when the catalog version, read by the
// per-variant statement inside the order's transaction, is still the one the set was held at.
import type { Prisma, PrismaClient } from '@tandem/db';
import { PRICE_LIST_HEADER, rulesInForce, type ActiveRuleSet } from './active-rule-set.ts';
import type { VersionedRuleSet } from './rules-cache.ts';
import type { PricingRules, VolumeTierRule } from './types.ts';

type Db = PrismaClient | Prisma.TransactionClient;

export interface RulesQuery {
  currency: string;
  now: Date;
  code: string | null;
  variantIds: readonly string[];
}

/**
 * @param cached the process's rule set, trusted as it is (quotes)
 * @param candidate a rule set used only if the catalog version this transaction reads is still its
 *   version, else the rules are read live (checkout: a rule committed just before is applied)
 */
export async function loadPricingRules(db: Db, q: RulesQuery, cached?: ActiveRuleSet, candidate?: VersionedRuleSet): Promise<PricingRules> {
  // One after another: a transaction is one connection, which runs one query at a time.
  const variantRows = await variantPriceRows(db, q.variantIds);
  const current = cached ?? (candidate?.version === variantRows.catalogVersion ? candidate.rules : undefined);
  const { promotions, priceLists: headers } = current ? await rulesInForce(db, current, q) : await loadRulesInForce(db, q);
  // The entries only when a list is live (most shops have none): a nested select would always query.
  const entries = headers.length
    ? await db.priceListEntry.findMany({ where: { priceListId: { in: headers.map((l) => l.id) }, variantId: { in: [...q.variantIds] } }, select: { priceListId: true, variantId: true, amount: true } })
    : [];
  const lists = headers.map((list) => ({ ...list, entries: entries.filter((e) => e.priceListId === list.id) }));
  const { tiers, clearance } = variantRows;
  return {
    clearance: Object.fromEntries(clearance.map((c) => [c.variantId, { amount: c.amount, name: c.name }])),
    promotions,
    priceLists: lists.map(({ entries, ...list }) => ({ ...list, prices: Object.fromEntries(entries.map((e) => [e.variantId, e.amount])) })),
    tiers,
  };
}

interface VariantPriceRow {
  catalogVersion: string;
  /** null for a volume tier, the rule's name for a clearance price. */
  clearance: string | null;
  /** null on the one row of a cart whose variants have neither. */
  variantId: string | null;
  minQuantity: number | null;
  amount: number | null;
}

interface VariantPriceRows {
  tiers: VolumeTierRule[];
  clearance: { variantId: string; amount: number; name: string }[];
  /** The catalog version as this statement saw it (promotions and price lists bump it). */
  catalogVersion: string;
}

/**
 * The variants' volume tiers (by variant, then quantity), active clearance prices and the catalog
 * version in one statement: every quote and every order's transaction reads them, a round trip
 * each before. The version rides along (a one-row primary-key read) so checkout can tell whether
 * its cached rules are current without a statement of its own.
 */
async function variantPriceRows(db: Db, variantIds: readonly string[]): Promise<VariantPriceRows> {
  const ids = [...variantIds];
  const rows = await db.$queryRaw<VariantPriceRow[]>`
    SELECT (SELECT cv."version"::text FROM "CatalogVersion" cv WHERE cv.id = 1) AS "catalogVersion", x.*
    FROM (SELECT 1) AS one
    LEFT JOIN (
      SELECT NULL::text AS clearance, t."variantId", t."minQuantity", t."unitAmount" AS amount FROM "VolumeTier" t
      WHERE t."variantId" = ANY(${ids}::text[])
      UNION ALL
      SELECT r.name, c."variantId", NULL, c.amount FROM "ClearancePrice" c JOIN "ClearanceRule" r ON r.id = c."ruleId"
      WHERE r.active AND c."variantId" = ANY(${ids}::text[])
    ) AS x ON true
    ORDER BY x."variantId", x."minQuantity"`;
  const tiers: VolumeTierRule[] = [];
  const clearance: { variantId: string; amount: number; name: string }[] = [];
  for (const { variantId, amount, minQuantity, clearance: ruleName } of rows) {
    if (variantId === null || amount === null) continue;
    if (ruleName !== null) clearance.push({ variantId, amount, name: ruleName });
    else if (minQuantity !== null) tiers.push({ variantId, minQuantity, unitAmount: amount });
  }
  return { tiers, clearance, catalogVersion: rows[0]?.catalogVersion ?? '0' };
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
