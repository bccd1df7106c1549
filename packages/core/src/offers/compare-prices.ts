// A product page's compare-prices table: the store's own offer and every comparable offer,
// sorted by total (price or sale price, plus shipping), with the lowest-price flag.
import type { PrismaClient } from '@tandem/db';
import { VISIBLE_PRODUCTS } from '../catalog/index.ts';
import { NotFoundError, money } from '../shared/index.ts';
import { COMPARABLE_OFFER } from './comparable-offers.ts';
import { isLowest, type PricedEntry } from './pick-lowest.ts';
import { storeOffers, type StoreOffer } from './store-offers.ts';
import type { ComparedOffer, PriceComparison } from './types.ts';

export interface CompareOptions {
  country?: string;
  /** The store's name in the table. Default "Tandem Cycles". */
  storeName?: string;
}

interface OfferRow {
  id: string;
  title: string;
  priceAmount: number;
  saleAmount: number | null;
  shippingAmount: number;
  currency: string;
  availability: ComparedOffer['availability'];
  link: string;
  lastSeenAt: Date;
  sourceName: string;
  sourceKind: 'PARTNER' | 'COMPETITOR';
  homepageUrl: string;
}

function storeLine(own: StoreOffer, storeName: string, now: Date): Omit<ComparedOffer, 'isLowest'> {
  return {
    id: `store:${own.productId}`,
    source: { name: storeName, kind: 'STORE', homepageUrl: null },
    title: own.title,
    price: money(own.priceAmount, own.currency),
    regularPrice: own.compareAtAmount !== null && own.compareAtAmount > own.priceAmount ? money(own.compareAtAmount, own.currency) : null,
    shipping: money(own.shippingAmount, own.currency),
    total: money(own.totalAmount, own.currency),
    availability: own.inStock ? 'IN_STOCK' : 'OUT_OF_STOCK',
    link: `/p/${own.slug}`,
    // The store's price is read live.
    updatedAt: now.toISOString(),
  };
}

function offerLine(row: OfferRow): Omit<ComparedOffer, 'isLowest'> {
  const price = row.saleAmount ?? row.priceAmount;
  return {
    id: row.id,
    source: { name: row.sourceName, kind: row.sourceKind, homepageUrl: row.homepageUrl },
    title: row.title,
    price: money(price, row.currency),
    regularPrice: row.saleAmount !== null && row.saleAmount < row.priceAmount ? money(row.priceAmount, row.currency) : null,
    shipping: money(row.shippingAmount, row.currency),
    total: money(price + row.shippingAmount, row.currency),
    availability: row.availability,
    link: row.link,
    updatedAt: row.lastSeenAt.toISOString(),
  };
}

/** The compare-prices table of a published product, found by slug. */
export async function compareProductPrices(prisma: PrismaClient, slug: string, options: CompareOptions = {}): Promise<PriceComparison> {
  const country = options.country ?? 'NL';
  const product = await prisma.product.findFirst({ where: { AND: [VISIBLE_PRODUCTS, { slug }] }, select: { id: true } });
  const own = product ? (await storeOffers(prisma, [product.id], country)).get(product.id) : undefined;
  if (!product || !own) throw new NotFoundError('product', slug);
  const rows = await prisma.$queryRawUnsafe<OfferRow[]>(
    `SELECT o.id, o.title, o."priceAmount", o."saleAmount", o."shippingAmount", o.currency, o.availability::text AS availability, o.link,
            o."lastSeenAt", s.name AS "sourceName", s.kind::text AS "sourceKind", s."homepageUrl"
       FROM "Offer" o JOIN "Product" p ON p.id = o."productId" JOIN "OfferSource" s ON s.id = o."sourceId"
      WHERE o."productId" = $1 AND ${COMPARABLE_OFFER}`,
    product.id,
  );
  const lines = [storeLine(own, options.storeName ?? 'Tandem Cycles', new Date()), ...rows.map(offerLine)];
  const entries: PricedEntry[] = lines.map((line) => ({ total: line.total.amount, available: line.availability !== 'OUT_OF_STOCK', isStore: line.source.kind === 'STORE' }));
  const offers = lines
    .map((line, i) => ({ ...line, isLowest: isLowest(entries[i] as PricedEntry, entries) }))
    .sort((a, b) => a.total.amount - b.total.amount || Number(b.source.kind === 'STORE') - Number(a.source.kind === 'STORE') || a.source.name.localeCompare(b.source.name));
  const totals = offers.map((o) => o.total.amount);
  return { productId: product.id, currency: own.currency, country, offers, lowPrice: money(Math.min(...totals), own.currency), highPrice: money(Math.max(...totals), own.currency) };
}
