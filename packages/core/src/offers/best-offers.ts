// The best offer per product, for search documents (sort and filter by best offer) and badges.
import type { Prisma, PrismaClient } from '@tandem/db';
import { COMPARABLE_OFFER, OFFER_BUYABLE, OFFER_TOTAL } from './comparable-offers.ts';
import { lowestTotal, type PricedEntry } from './pick-lowest.ts';
import { storeOffers } from './store-offers.ts';
import type { BestOffer } from './types.ts';

type Db = PrismaClient | Prisma.TransactionClient;

export interface BestOffersOptions {
  /** The country whose shipping prices are compared. Default NL. */
  country?: string;
}

interface OfferAggregate {
  productId: string;
  offerCount: number;
  lowestBuyable: number | null;
  lowestAny: number;
}

/**
 * For each published product among `productIds`: the lowest total price (price or sale price
 * plus shipping) across the store's own offer and every comparable offer, how many offers were
 * compared, and whether the store's offer is the lowest. Unpublished products are left out.
 * Three queries whatever the number of products.
 *
 * @example const best = await bestOffersFor(prisma, [product.id]); best.get(product.id)?.amount
 */
export async function bestOffersFor(db: Db, productIds: readonly string[], options: BestOffersOptions = {}): Promise<Map<string, BestOffer>> {
  const store = await storeOffers(db, productIds, options.country ?? 'NL');
  if (!store.size) return new Map();
  const aggregates = await db.$queryRawUnsafe<OfferAggregate[]>(
    `SELECT o."productId", count(*)::int AS "offerCount",
            min(${OFFER_TOTAL}) FILTER (WHERE ${OFFER_BUYABLE})::int AS "lowestBuyable", min(${OFFER_TOTAL})::int AS "lowestAny"
       FROM "Offer" o JOIN "Product" p ON p.id = o."productId"
      WHERE o."productId" = ANY($1::text[]) AND ${COMPARABLE_OFFER}
      GROUP BY o."productId"`,
    [...store.keys()],
  );
  const byProduct = new Map(aggregates.map((a) => [a.productId, a]));
  const result = new Map<string, BestOffer>();
  for (const [productId, own] of store) {
    const others = byProduct.get(productId);
    const entries: PricedEntry[] = [{ total: own.totalAmount, available: own.inStock, isStore: true }];
    if (others?.lowestBuyable != null) entries.push({ total: others.lowestBuyable, available: true, isStore: false });
    if (others) entries.push({ total: others.lowestAny, available: false, isStore: false });
    const amount = lowestTotal(entries) ?? own.totalAmount;
    result.set(productId, {
      amount,
      currency: own.currency,
      offerCount: 1 + (others?.offerCount ?? 0),
      storeIsLowest: own.totalAmount === amount && (own.inStock || others?.lowestBuyable == null),
    });
  }
  return result;
}
