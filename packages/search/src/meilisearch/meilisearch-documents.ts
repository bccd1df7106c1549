// SearchDocuments as Meilisearch stores them: flat fields to search, filter, facet and sort on,
// plus the document itself under `payload` for results. Facet values that need a label carry
// it after a separator ("bikes/road␟Road bikes"); filters use the plain fields.
import type { SearchDocument } from '../port.ts';

export const LABEL_SEPARATOR = '\u241f';

export interface MeiliProduct {
  id: string;
  title: string;
  description: string;
  brandName: string | null;
  categoryNames: string[];
  attributeValues: string[];
  skus: string[];
  brandSlug: string | null;
  brandFacet: string | null;
  categoryPaths: string[];
  categoryFacets: string[];
  /** "name=value" pairs. */
  attributes: string[];
  priceMinAmount: number;
  bestPriceAmount: number;
  inStock: boolean;
  /** Left out while the product has no rating, so the rating sort puts it last. */
  ratingAverage?: number;
  ratingCount: number;
  /** Milliseconds since the epoch: Meilisearch sorts numbers, not dates. */
  createdAtTs: number;
  payload: SearchDocument;
}

export function toMeiliProduct(doc: SearchDocument): MeiliProduct {
  return {
    id: doc.id,
    title: doc.title,
    description: doc.description,
    brandName: doc.brand?.name ?? null,
    categoryNames: doc.categoryNames,
    attributeValues: doc.attributes.map((a) => a.value),
    skus: doc.skus,
    brandSlug: doc.brand?.slug ?? null,
    brandFacet: doc.brand ? `${doc.brand.slug}${LABEL_SEPARATOR}${doc.brand.name}` : null,
    categoryPaths: doc.categoryPaths,
    categoryFacets: doc.categoryPaths.map((path, i) => `${path}${LABEL_SEPARATOR}${doc.categoryNames[i] ?? path}`),
    attributes: doc.attributes.map((a) => `${a.name}=${a.value}`),
    priceMinAmount: doc.priceMinAmount,
    bestPriceAmount: doc.bestPriceAmount,
    inStock: doc.inStock,
    ...(doc.ratingAverage === null ? {} : { ratingAverage: doc.ratingAverage }),
    ratingCount: doc.ratingCount,
    createdAtTs: Date.parse(doc.createdAt),
    payload: doc,
  };
}

/** Splits a labelled facet value into what to filter by and what to show. */
export function splitLabel(facetValue: string): { value: string; label: string } {
  const at = facetValue.indexOf(LABEL_SEPARATOR);
  return at === -1 ? { value: facetValue, label: facetValue } : { value: facetValue.slice(0, at), label: facetValue.slice(at + 1) };
}
