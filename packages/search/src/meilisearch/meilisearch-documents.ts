// SearchDocuments as Meilisearch stores them: flat fields to search, filter, facet and sort on,
// plus the few fields only results show. Each value is stored once and the SearchDocument is
// put back together from them (fromMeiliProduct): a copy of the whole document beside the flat
// fields doubled what Meilisearch parsed and stored, and every hit came back with it twice,
// once more in `_formatted` (issue #18, search at 100k products). Facet values that need a
// label carry it after a separator ("bikes/road␟Road bikes"); filters use the plain fields.
import type { SearchDocument } from '../port.ts';

export const LABEL_SEPARATOR = '\u241f';

export interface MeiliProduct {
  id: string;
  slug: string;
  title: string;
  description: string;
  brandName: string | null;
  categoryNames: string[];
  attributeValues: string[];
  skus: string[];
  brandSlug: string | null;
  brandFacet: string | null;
  /** The product's own category (results only). */
  category: SearchDocument['category'];
  categoryPaths: string[];
  categoryFacets: string[];
  /** "name=value" pairs. */
  attributes: string[];
  priceMinAmount: number;
  priceMaxAmount: number;
  compareAtAmount: number | null;
  currency: string;
  bestPriceAmount: number;
  inStock: boolean;
  /** Left out while the product has no rating, so the rating sort puts it last. */
  ratingAverage?: number;
  ratingCount: number;
  image: SearchDocument['image'];
  /** Milliseconds since the epoch: Meilisearch sorts numbers, not dates. */
  createdAtTs: number;
}

/** The fields a hit needs to become a SearchDocument again: Meilisearch returns only these. */
export const RETRIEVED_FIELDS = [
  'id', 'slug', 'title', 'description', 'brandName', 'brandSlug', 'category', 'categoryNames', 'categoryPaths', 'attributes', 'attributeValues', 'skus',
  'priceMinAmount', 'priceMaxAmount', 'compareAtAmount', 'currency', 'bestPriceAmount', 'inStock', 'ratingAverage', 'ratingCount', 'image', 'createdAtTs',
] as const satisfies readonly (keyof MeiliProduct)[];

export function toMeiliProduct(doc: SearchDocument): MeiliProduct {
  return {
    id: doc.id,
    slug: doc.slug,
    title: doc.title,
    description: doc.description,
    brandName: doc.brand?.name ?? null,
    categoryNames: doc.categoryNames,
    attributeValues: doc.attributes.map((a) => a.value),
    skus: doc.skus,
    brandSlug: doc.brand?.slug ?? null,
    brandFacet: doc.brand ? `${doc.brand.slug}${LABEL_SEPARATOR}${doc.brand.name}` : null,
    category: doc.category,
    categoryPaths: doc.categoryPaths,
    categoryFacets: doc.categoryPaths.map((path, i) => `${path}${LABEL_SEPARATOR}${doc.categoryNames[i] ?? path}`),
    attributes: doc.attributes.map((a) => `${a.name}=${a.value}`),
    priceMinAmount: doc.priceMinAmount,
    priceMaxAmount: doc.priceMaxAmount,
    compareAtAmount: doc.compareAtAmount,
    currency: doc.currency,
    bestPriceAmount: doc.bestPriceAmount,
    inStock: doc.inStock,
    ...(doc.ratingAverage === null ? {} : { ratingAverage: doc.ratingAverage }),
    ratingCount: doc.ratingCount,
    image: doc.image,
    createdAtTs: Date.parse(doc.createdAt),
  };
}

/**
 * Releases before issue #18's slimming stored the whole document under `payload`; such an index
 * still serves until the rebuild the API starts for it (indexOutdated) swaps in the new format.
 */
export const LEGACY_PAYLOAD_FIELD = 'payload';

/** A hit: the retrieved fields, or the whole document under `payload` in an index of the older format. */
export type MeiliHit = Pick<MeiliProduct, (typeof RETRIEVED_FIELDS)[number]> & { [LEGACY_PAYLOAD_FIELD]?: SearchDocument };

/** A hit's retrieved fields (RETRIEVED_FIELDS) as the SearchDocument they were made from. */
export function fromMeiliProduct(stored: MeiliHit): SearchDocument {
  const legacy = stored[LEGACY_PAYLOAD_FIELD];
  if (legacy) return legacy;
  return {
    id: stored.id,
    slug: stored.slug,
    title: stored.title,
    description: stored.description,
    brand: stored.brandSlug === null ? null : { slug: stored.brandSlug, name: stored.brandName ?? stored.brandSlug },
    category: stored.category,
    categoryPaths: stored.categoryPaths,
    categoryNames: stored.categoryNames,
    attributes: stored.attributes.map((pair, i) => splitAttribute(pair, stored.attributeValues[i])),
    skus: stored.skus,
    priceMinAmount: stored.priceMinAmount,
    priceMaxAmount: stored.priceMaxAmount,
    compareAtAmount: stored.compareAtAmount,
    currency: stored.currency,
    bestPriceAmount: stored.bestPriceAmount,
    inStock: stored.inStock,
    ratingAverage: stored.ratingAverage ?? null,
    ratingCount: stored.ratingCount,
    image: stored.image,
    createdAt: new Date(stored.createdAtTs).toISOString(),
  };
}

/** "name=value" back to its parts; the value, stored apart too, says where the name ends even when either holds "=". */
function splitAttribute(pair: string, value: string | undefined): { name: string; value: string } {
  if (value !== undefined && pair.endsWith(`=${value}`)) return { name: pair.slice(0, pair.length - value.length - 1), value };
  const at = pair.indexOf('=');
  return { name: pair.slice(0, at), value: pair.slice(at + 1) };
}

/** Splits a labelled facet value into what to filter by and what to show. */
export function splitLabel(facetValue: string): { value: string; label: string } {
  const at = facetValue.indexOf(LABEL_SEPARATOR);
  return at === -1 ? { value: facetValue, label: facetValue } : { value: facetValue.slice(0, at), label: facetValue.slice(at + 1) };
}
