// The four customer tiers as marketing sees them: sizes and revenue shares, and the
// revenue-share check ("the top 20 % of customers bring N % of revenue"), read from the scores
// the segments job stored. Grouped by score triple in the database (at most 125 groups), so the
// read stays small however many customers there are.
import type { PrismaClient } from '@tandem/db';
import { TIER_LABELS, tierOf, TIERS, tierSegmentKey, type RevenueConcentration } from './customer-tiers.ts';

export interface TierSummary {
  tier: string;
  /** The segment key promotions target it by: `tier:large_loyal`. */
  key: string;
  /** In words: "Large loyal". */
  label: string;
  customers: number;
  revenue: number;
  /** Share of all scored customers' revenue, 0–1. */
  revenueShare: number;
  /** Share of all scored customers, 0–1. */
  customerShare: number;
}

export interface TiersView {
  tiers: TierSummary[];
  /** Scored customers in no tier (small buyers who are not loyal). */
  untiered: { customers: number; revenue: number };
  /** What the top 20 % of customers bring. */
  concentration: RevenueConcentration;
  currency: string;
  computedAt: Date | null;
}

const TOP_SHARE = 0.2;

/** Tier sizes and revenue shares, and the top 20 %'s share of revenue. */
export async function tierSummary(prisma: PrismaClient): Promise<TiersView> {
  const groups = await prisma.customerSegment.groupBy({
    by: ['recencyScore', 'frequencyScore', 'monetaryScore', 'currency'],
    _count: { _all: true },
    _sum: { monetaryAmount: true },
    _max: { computedAt: true },
  });
  const totals = { customers: 0, revenue: 0 };
  const byTier = new Map<string, { customers: number; revenue: number }>();
  let computedAt: Date | null = null;
  for (const g of groups) {
    const key = tierOf(g) ?? 'none';
    const entry = byTier.get(key) ?? { customers: 0, revenue: 0 };
    entry.customers += g._count._all;
    entry.revenue += g._sum.monetaryAmount ?? 0;
    byTier.set(key, entry);
    totals.customers += g._count._all;
    totals.revenue += g._sum.monetaryAmount ?? 0;
    if (g._max.computedAt && (!computedAt || g._max.computedAt > computedAt)) computedAt = g._max.computedAt;
  }
  const topCount = Math.ceil(totals.customers * TOP_SHARE);
  const top = await prisma.customerSegment.findMany({ orderBy: [{ monetaryAmount: 'desc' }, { customerId: 'asc' }], take: topCount, select: { monetaryAmount: true } });
  const topRevenue = top.reduce((sum, t) => sum + Math.max(0, t.monetaryAmount), 0);
  return {
    tiers: TIERS.map((tier) => {
      const entry = byTier.get(tier) ?? { customers: 0, revenue: 0 };
      return { tier, key: tierSegmentKey(tier), label: TIER_LABELS[tier], ...entry, revenueShare: totals.revenue ? entry.revenue / totals.revenue : 0, customerShare: totals.customers ? entry.customers / totals.customers : 0 };
    }),
    untiered: byTier.get('none') ?? { customers: 0, revenue: 0 },
    concentration: { topShare: TOP_SHARE, topCustomers: topCount, customers: totals.customers, revenueShare: totals.revenue ? topRevenue / totals.revenue : 0 },
    currency: groups[0]?.currency ?? 'EUR',
    computedAt,
  };
}
