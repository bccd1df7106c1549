// Where the store is undercut: products for which some comparable offer one can buy costs less
// in total than the store's own offer, by how much, largest gap first.
import type { PrismaClient } from '@tandem/db';
import { money } from '../shared/index.ts';
import { COMPARABLE_OFFER, OFFER_BUYABLE, OFFER_TOTAL } from './comparable-offers.ts';
import { storeOffers } from './store-offers.ts';
import type { UndercutLine } from './types.ts';

interface CheapestOffer {
  productId: string;
  total: number;
  sourceName: string;
  link: string;
}

export async function undercutReport(prisma: PrismaClient, options: { country?: string; limit: number }): Promise<UndercutLine[]> {
  const cheapest = await prisma.$queryRawUnsafe<CheapestOffer[]>(
    `SELECT DISTINCT ON (o."productId") o."productId", ${OFFER_TOTAL}::int AS total, s.name AS "sourceName", o.link
       FROM "Offer" o JOIN "Product" p ON p.id = o."productId" JOIN "OfferSource" s ON s.id = o."sourceId"
      WHERE p.status = 'ACTIVE' AND ${COMPARABLE_OFFER} AND ${OFFER_BUYABLE}
      ORDER BY o."productId", ${OFFER_TOTAL}, s.name`,
  );
  const store = await storeOffers(prisma, cheapest.map((c) => c.productId), options.country ?? 'NL');
  const lines = cheapest.flatMap((offer): UndercutLine[] => {
    const own = store.get(offer.productId);
    if (!own || offer.total >= own.totalAmount) return [];
    const gap = own.totalAmount - offer.total;
    return [{
      product: { id: own.productId, slug: own.slug, title: own.title },
      storeTotal: money(own.totalAmount, own.currency),
      lowestOffer: { total: money(offer.total, own.currency), sourceName: offer.sourceName, link: offer.link },
      gap: money(gap, own.currency),
      gapPercent: Math.round((gap / own.totalAmount) * 1000) / 10,
    }];
  });
  return lines.sort((a, b) => b.gap.amount - a.gap.amount || b.gapPercent - a.gapPercent || a.product.slug.localeCompare(b.product.slug)).slice(0, options.limit);
}
