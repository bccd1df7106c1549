// The store's own offer for each product, derived at read time from the published catalog
// (nothing is copied): the cheapest variant's price (a configurable product's cheapest valid
// build) plus the cheapest shipping to the comparison country.
import type { Prisma, PrismaClient } from '@tandem/db';
import { cheapestShipping } from '../pricing/index.ts';

type Db = PrismaClient | Prisma.TransactionClient;

export interface StoreOffer {
  productId: string;
  slug: string;
  title: string;
  /** The cheapest variant (a configurable product's base variant). */
  variantId: string;
  sku: string;
  /** True for a configurable product, whose price is its cheapest valid build. */
  configurable: boolean;
  priceAmount: number;
  /** The regular price when the cheapest variant is on sale. */
  compareAtAmount: number | null;
  shippingAmount: number;
  totalAmount: number;
  currency: string;
  inStock: boolean;
}

interface Row {
  productId: string;
  slug: string;
  title: string;
  variantId: string;
  sku: string;
  configurable: boolean;
  priceAmount: number;
  compareAtAmount: number | null;
  currency: string;
  weightGrams: number;
  inStock: boolean;
}

/** The store's offers for these products; products that are not published are left out. */
export async function storeOffers(db: Db, productIds: readonly string[], country: string): Promise<Map<string, StoreOffer>> {
  if (!productIds.length) return new Map();
  const rows = await db.$queryRawUnsafe<Row[]>(
    // A configurable product's variant is only its base: its offer is the cheapest valid build,
    // which the catalog roll-up keeps as the product's price (configurator/from-price.ts).
    `SELECT DISTINCT ON (p.id) p.id AS "productId", p.slug, p.title, v.id AS "variantId", v.sku, cp.id IS NOT NULL AS configurable,
            CASE WHEN cp.id IS NULL THEN v."priceAmount" ELSE p."minPriceAmount" END AS "priceAmount",
            CASE WHEN cp.id IS NULL THEN v."compareAtAmount" END AS "compareAtAmount",
            v.currency, v."weightGrams", p."inStock"
       FROM "Product" p JOIN "ProductVariant" v ON v."productId" = p.id
       LEFT JOIN "ConfigurableProduct" cp ON cp."productId" = p.id
      WHERE p.status = 'ACTIVE' AND p.id = ANY($1::text[])
      ORDER BY p.id, v."priceAmount", v.position, v.id`,
    [...new Set(productIds)],
  );
  const shipping = await cheapestShipping(db, country, rows.map((r) => ({ weightGrams: r.weightGrams, goodsAmount: r.priceAmount, currency: r.currency })));
  return new Map(rows.map((row, i) => {
    // A store that cannot ship there still shows its price; the comparison counts no shipping.
    const shippingAmount = shipping[i] ?? 0;
    const { weightGrams: _weight, ...rest } = row;
    return [row.productId, { ...rest, shippingAmount, totalAmount: row.priceAmount + shippingAmount }];
  }));
}
