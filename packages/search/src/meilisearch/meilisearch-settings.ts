// The index settings Tandem needs, sent whole on every apply: Meilisearch replaces each listed
// setting, so sending the same object twice changes nothing (idempotent).
import type { FilterableAttributes, Settings } from 'meilisearch';
import type { SearchSettings } from '../port.ts';
import { ONE_TYPO_MIN_LENGTH, TWO_TYPOS_MIN_LENGTH } from '../typo-budget.ts';

/**
 * Each filterable attribute with only the filter features the store's requests use
 * (meilisearch-filters.ts, meilisearch-search-request.ts): Meilisearch builds range levels only
 * for comparisons and facet-search data only when asked to, and a flat list enables all of it.
 * A facet count needs a filter feature enabled, so the facet-only fields keep equality.
 */
export const FILTERABLE_ATTRIBUTES: FilterableAttributes = [
  // `=` and `IN` filters (category, brand, attributes, in stock) and the labelled facet fields.
  {
    attributePatterns: ['categoryPaths', 'brandSlug', 'attributes', 'inStock', 'brandFacet', 'categoryFacets'],
    features: { facetSearch: false, filter: { equality: true, comparison: false } },
  },
  // Ranges: `priceMinAmount a TO b` (its facet gives the price span), `bestPriceAmount <= n`.
  { attributePatterns: ['priceMinAmount', 'bestPriceAmount'], features: { facetSearch: false, filter: { equality: false, comparison: true } } },
];

export function meiliSettings(settings: SearchSettings): Settings {
  return {
    // Order is the "attribute" ranking rule: title first, then brand and categories.
    searchableAttributes: ['title', 'brandName', 'categoryNames', 'description', 'attributeValues', 'skus'],
    filterableAttributes: FILTERABLE_ATTRIBUTES,
    // The store never calls Meilisearch's facet search (/facet-search), so its structures are not built.
    facetSearch: false,
    sortableAttributes: ['priceMinAmount', 'bestPriceAmount', 'createdAtTs', 'ratingAverage', 'ratingCount', 'id'],
    // Every field: searches ask for the ones they need (RETRIEVED_FIELDS), and an index of the
    // older format must still give its `payload` until its rebuild (meilisearch-documents.ts).
    displayedAttributes: ['*'],
    // "sort" first: a sort the shopper chose orders every match, as on PostgreSQL; without one
    // it does nothing and relevance decides. (After "attribute" it only broke ties, so
    // "bike, cheapest first" listed title matches before a cheaper description match.)
    rankingRules: ['sort', 'words', 'typo', 'proximity', 'attribute', 'exactness'],
    // Proximity counts whether query words share an attribute, not how many words apart they
    // are: storing every word pair's distance was most of Meilisearch's indexing work, and the
    // rebuild ran 1.6× faster without it (issue #18; README figures). Titles are short, so
    // "in the same title" is nearly what the distance said.
    proximityPrecision: 'byAttribute',
    // The same typo budget as the PostgreSQL adapter (typo-budget.ts). One typo from 4 letters
    // let "cafe" match "Cadence" and "bell" match "belt" (issue #18). Numbers are model names
    // and sizes ("105", "700c"): one digit off is another product, never a typo.
    typoTolerance: {
      enabled: true,
      minWordSizeForTypos: { oneTypo: ONE_TYPO_MIN_LENGTH, twoTypos: TWO_TYPOS_MIN_LENGTH },
      disableOnAttributes: ['skus'],
      disableOnNumbers: true,
    },
    synonyms: symmetricSynonyms(settings.synonyms),
    stopWords: settings.stopWords,
    faceting: { maxValuesPerFacet: 500, sortFacetValuesBy: { '*': 'count' } },
    pagination: { maxTotalHits: 10_000 },
  };
}

/** Meilisearch synonyms are one-way; Tandem's go both ways, like the PostgreSQL adapter's. */
function symmetricSynonyms(synonyms: SearchSettings['synonyms']): Record<string, string[]> {
  const result = new Map<string, Set<string>>();
  const add = (from: string, to: string) => {
    const key = from.toLowerCase();
    if (key === to.toLowerCase()) return;
    result.set(key, (result.get(key) ?? new Set()).add(to.toLowerCase()));
  };
  for (const [term, words] of Object.entries(synonyms)) {
    for (const word of words) {
      add(term, word);
      add(word, term);
    }
  }
  return Object.fromEntries([...result].map(([key, values]) => [key, [...values].sort()]));
}
