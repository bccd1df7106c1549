// The search context's document builder: reads published products from the catalog and shapes
// them as SearchDocuments. Only what the catalog calls visible (VISIBLE_PRODUCTS) is ever built;
// everything else — drafts, archived and deleted products — comes back as "remove".
import type { PrismaClient } from '@tandem/db';
import type { SearchDocument } from '@tandem/search/port';
import { VISIBLE_PRODUCTS } from '../catalog/index.ts';
import { bestOffersFor } from '../offers/index.ts';
import type { BestOffer } from '../offers/index.ts';
import { productRows, type ProductRow } from './search-document-rows.ts';

/**
 * The attribute that marks a configurable product in its document (the port has no field for
 * it): its price is the cheapest valid build, so hits show it as a "from" price.
 */
export const CONFIGURABLE_ATTRIBUTE = { name: 'configurable', value: 'yes' } as const;

export interface BuiltDocuments {
  documents: SearchDocument[];
  /** Ids asked for that must not be searchable (hidden or gone). */
  hidden: string[];
}

/** Builds the documents of the given products in a few queries, whatever their number. */
export async function buildSearchDocuments(prisma: PrismaClient, productIds: string[]): Promise<BuiltDocuments> {
  if (!productIds.length) return { documents: [], hidden: [] };
  const visible = await prisma.product.findMany({ where: { AND: [VISIBLE_PRODUCTS, { id: { in: productIds } }] }, select: { id: true } });
  const documents = await buildVisibleDocuments(prisma, visible.map((p) => p.id));
  const built = new Set(documents.map((doc) => doc.id));
  return { documents, hidden: productIds.filter((id) => !built.has(id)) };
}

/** Documents of products already known to be visible (a rebuild's pages), in id order. */
export async function buildVisibleDocuments(prisma: PrismaClient, ids: string[]): Promise<SearchDocument[]> {
  if (!ids.length) return [];
  const [rows, bestOffers] = await Promise.all([productRows(prisma, ids), bestOffersFor(prisma, ids)]);
  return rows.map((row) => toDocument(row, bestOffers.get(row.id)));
}

function toDocument(row: ProductRow, bestOffer: BestOffer | undefined): SearchDocument {
  const rating = productRating(row);
  return {
    id: row.id,
    slug: row.slug,
    title: row.title,
    description: row.description,
    brand: row.brand,
    category: row.category,
    categoryPaths: row.categoryPaths,
    categoryNames: row.categoryNames,
    attributes: row.configurable && !row.attributes.some(isConfigurableMark) ? [...row.attributes, CONFIGURABLE_ATTRIBUTE] : row.attributes,
    skus: row.skus,
    priceMinAmount: row.minPriceAmount,
    priceMaxAmount: row.maxPriceAmount,
    // A configurable product's only variant is its base: its "was" price says nothing about a build.
    compareAtAmount: !row.configurable && row.compareAtAmount !== null && row.compareAtAmount > row.minPriceAmount ? row.compareAtAmount : null,
    currency: row.currency,
    bestPriceAmount: bestOfferPriceAmount(row, bestOffer),
    inStock: row.inStock,
    ratingAverage: rating.average,
    ratingCount: rating.count,
    image: row.image,
    createdAt: utcIso(row.createdAt),
  };
}

/** Whether an attribute is the configurable mark. */
export const isConfigurableMark = (a: { name: string; value: string }): boolean => a.name === CONFIGURABLE_ATTRIBUTE.name && a.value === CONFIGURABLE_ATTRIBUTE.value;

/**
 * The lowest total price at which the product can be had (price or sale price plus shipping)
 * across the store's own offer and the comparable offers of partner sites and competitor feeds;
 * search sorts by and filters on this value ("best offer"). Without a comparison (a currency no
 * offer uses, or none computed) the store's own lowest variant price stands in.
 */
export function bestOfferPriceAmount(product: { minPriceAmount: number; currency: string }, bestOffer: BestOffer | undefined): number {
  return bestOffer && bestOffer.currency === product.currency ? bestOffer.amount : product.minPriceAmount;
}

/**
 * The product's review rating. Tandem has no reviews yet, so every product is unrated: the
 * "rating" sort then puts rated products first once reviews exist, and keeps relevance order
 * among unrated ones.
 */
export function productRating(_product: { id: string }): { average: number | null; count: number } {
  return { average: null, count: 0 };
}

/** Timestamps are stored in UTC without a zone; raw queries may hand them over as text. */
function utcIso(value: Date | string): string {
  if (value instanceof Date) return value.toISOString();
  return new Date(/[zZ]|[+-]\d\d:?\d\d$/.test(value) ? value : `${value.replace(' ', 'T')}Z`).toISOString();
}
