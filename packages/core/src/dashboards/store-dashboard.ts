// The staff home page's figures for the last `days` days (UTC), in the store currency.
import type { PrismaClient } from '@tandem/db';
import { behaviourCounts, searchesWithoutResults, segmentSummary } from '../personalization/index.ts';
import { promotionUsage } from '../pricing/index.ts';
import { partnerPerformance } from '../partners/index.ts';
import { ordersPlacedAndPaid, salesPerDay, topProducts } from './sales.ts';
import { supportFigures } from './support-figures.ts';
import type { StoreDashboard } from './types.ts';

export interface DashboardOptions {
  days?: number;
  currency?: string;
  now?: Date;
}

export async function storeDashboard(prisma: PrismaClient, options: DashboardOptions = {}): Promise<StoreDashboard> {
  const now = options.now ?? new Date();
  const days = options.days ?? 30;
  const currency = options.currency ?? 'EUR';
  const from = new Date(Date.parse(now.toISOString().slice(0, 10)) - (days - 1) * 86_400_000);
  const [sales, top, support, behaviour, orders, zeroResults, promotions, segments, partners] = await Promise.all([
    salesPerDay(prisma, from, now, currency),
    topProducts(prisma, from, now, currency),
    supportFigures(prisma, from, now, now),
    behaviourCounts(prisma, from, now),
    ordersPlacedAndPaid(prisma, from, now, currency),
    searchesWithoutResults(prisma, from, now),
    promotionUsage(prisma, from, now),
    segmentSummary(prisma),
    partnerPerformance(prisma, from, now, currency),
  ]);
  return {
    from: from.toISOString(),
    to: now.toISOString(),
    currency,
    sales,
    topProducts: top,
    support,
    funnel: { ...behaviour, ...orders },
    searchesWithoutResults: zeroResults,
    promotions,
    segments: segments.segments,
    partners,
  };
}
