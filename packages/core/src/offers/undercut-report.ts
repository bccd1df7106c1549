// Where the store is undercut: products for which some comparable offer one can buy costs less
// in total than the store's own offer, by how much, and what that puts at risk. Revenue at risk
// = the product's revenue in paid orders over the recent window × the gap as a share of our
// total: roughly what matching the cheapest offer would cost on the same sales. Sorted by it,
// then by the gap. Each line carries a clearance proposal (react-proposal.ts), never applied.
import type { PrismaClient } from '@tandem/db';
import { money } from '../shared/index.ts';
import { COMPARABLE_OFFER, OFFER_BUYABLE, OFFER_TOTAL } from './comparable-offers.ts';
import { DEFAULT_FLOOR_BPS, proposeReaction } from './react-proposal.ts';
import { storeOffers, type StoreOffer } from './store-offers.ts';
import type { UndercutLine } from './types.ts';

/** Revenue per product id in paid orders since a moment (the orders context answers it). */
export type RecentRevenue = (productIds: readonly string[], options: { since: Date; currency: string }) => Promise<Map<string, { amount: number; quantity: number }>>;

export interface UndercutOptions {
  country?: string;
  limit: number;
  /** The recent window's length. Default 30 days. */
  windowDays?: number;
  /** The proposals' floor, basis points of the catalog price. Default 7000 (70%). */
  floorBps?: number;
  /** Where revenue comes from; without it every product counts no revenue. */
  recentRevenue?: RecentRevenue;
  now?: () => Date;
}

interface CheapestOffer {
  productId: string;
  total: number;
  sourceName: string;
  link: string;
}

const DAY_MS = 86_400_000;

function revenueBy(options: UndercutOptions, own: StoreOffer[]): Promise<Map<string, { amount: number; quantity: number }>> {
  if (!options.recentRevenue || !own.length) return Promise.resolve(new Map());
  const since = new Date((options.now?.() ?? new Date()).getTime() - (options.windowDays ?? 30) * DAY_MS);
  // Offers are compared in the product's currency; the report is in the store's (first) one.
  return options.recentRevenue(own.map((o) => o.productId), { since, currency: own[0]!.currency });
}

export async function undercutReport(prisma: PrismaClient, options: UndercutOptions): Promise<UndercutLine[]> {
  const cheapest = await prisma.$queryRawUnsafe<CheapestOffer[]>(
    `SELECT DISTINCT ON (o."productId") o."productId", ${OFFER_TOTAL}::int AS total, s.name AS "sourceName", o.link
       FROM "Offer" o JOIN "Product" p ON p.id = o."productId" JOIN "OfferSource" s ON s.id = o."sourceId"
      WHERE p.status = 'ACTIVE' AND ${COMPARABLE_OFFER} AND ${OFFER_BUYABLE}
      ORDER BY o."productId", ${OFFER_TOTAL}, s.name`,
  );
  const store = await storeOffers(prisma, cheapest.map((c) => c.productId), options.country ?? 'NL');
  const undercut = cheapest.flatMap((offer) => {
    const own = store.get(offer.productId);
    return own && offer.total < own.totalAmount ? [{ offer, own }] : [];
  });
  const revenue = await revenueBy(options, undercut.map((u) => u.own));
  const lines = undercut.map(({ offer, own }): UndercutLine => {
    const gap = own.totalAmount - offer.total;
    const sold = revenue.get(own.productId) ?? { amount: 0, quantity: 0 };
    return {
      product: { id: own.productId, slug: own.slug, title: own.title },
      storeTotal: money(own.totalAmount, own.currency),
      lowestOffer: { total: money(offer.total, own.currency), sourceName: offer.sourceName, link: offer.link },
      gap: money(gap, own.currency),
      gapPercent: Math.round((gap / own.totalAmount) * 1000) / 10,
      recentRevenue: money(sold.amount, own.currency),
      recentUnits: sold.quantity,
      revenueAtRisk: money(Math.round((sold.amount * gap) / own.totalAmount), own.currency),
      // A configurable product's price is a build, not one variant's: no clearance proposal.
      proposal: own.configurable ? null : proposeReaction({ variantId: own.variantId, sku: own.sku, priceAmount: own.priceAmount }, gap, options.floorBps ?? DEFAULT_FLOOR_BPS),
    };
  });
  return lines
    .sort((a, b) => b.revenueAtRisk.amount - a.revenueAtRisk.amount || b.gap.amount - a.gap.amount || a.product.slug.localeCompare(b.product.slug))
    .slice(0, options.limit);
}
