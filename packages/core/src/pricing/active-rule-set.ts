// Every active promotion and price list, whatever its window, code or currency: what a process
// keeps per catalog version (rules-cache.ts) so a quote need not read them. Which of them are in
// force is decided per quote, from its time, code and currency, exactly as the SQL of
// load-pricing-rules.ts selects them, so a start or an end takes effect at its time with no write.
import type { Prisma, PrismaClient } from '@tandem/db';
import type { PriceListRule, PromotionRule } from './types.ts';
import { isInWindow } from './validity.ts';

type Db = PrismaClient | Prisma.TransactionClient;

export interface ActiveRuleSet {
  /** By id, as the engine expects them. */
  promotions: readonly PromotionRule[];
  /** Headers only: entries are per variant and read per quote. */
  priceLists: readonly Omit<PriceListRule, 'prices'>[];
}

/** The columns of a price list the engine reads. */
export const PRICE_LIST_HEADER = { id: true, name: true, customerGroup: true, currency: true, startsAt: true, endsAt: true } as const;

/** Reads every active promotion and price-list header: two statements. */
export async function loadActiveRuleSet(db: Db): Promise<ActiveRuleSet> {
  const promotions = await db.promotion.findMany({ where: { active: true }, orderBy: { id: 'asc' } });
  const priceLists = await db.priceList.findMany({
    where: { active: true },
    select: PRICE_LIST_HEADER,
    orderBy: { id: 'asc' },
  });
  return { promotions, priceLists };
}

/**
 * The rules of `set` in force for one quote: automatic promotions in their window, the entered
 * code's promotion whatever its dates, price lists of the currency in their window. Redemption
 * counts move with every order without a new catalog version, so those of promotions with a
 * usage limit are read live (one statement, only when such a promotion is among them).
 */
export async function rulesInForce(db: Db, set: ActiveRuleSet, q: { now: Date; code: string | null; currency: string }): Promise<ActiveRuleSet> {
  const promotions = set.promotions.filter((p) => (p.code === null && isInWindow(p, q.now)) || (q.code !== null && p.code === q.code));
  const limited = promotions.filter((p) => p.usageLimit !== null).map((p) => p.id);
  const used = limited.length ? new Map((await db.promotion.findMany({ where: { id: { in: limited } }, select: { id: true, usedCount: true } })).map((p) => [p.id, p.usedCount])) : null;
  return {
    promotions: used ? promotions.map((p) => (used.has(p.id) ? { ...p, usedCount: used.get(p.id)! } : p)) : promotions,
    priceLists: set.priceLists.filter((l) => l.currency === q.currency && isInWindow(l, q.now)),
  };
}
