// The index settings Tandem needs, sent whole on every apply: Meilisearch replaces each listed
// setting, so sending the same object twice changes nothing (idempotent).
import type { Settings } from 'meilisearch';
import type { SearchSettings } from '../port.ts';

export function meiliSettings(settings: SearchSettings): Settings {
  return {
    // Order is the "attribute" ranking rule: title first, then brand and categories.
    searchableAttributes: ['title', 'brandName', 'categoryNames', 'description', 'attributeValues', 'skus'],
    filterableAttributes: ['categoryPaths', 'brandSlug', 'attributes', 'priceMinAmount', 'bestPriceAmount', 'inStock', 'brandFacet', 'categoryFacets'],
    sortableAttributes: ['priceMinAmount', 'bestPriceAmount', 'createdAtTs', 'ratingAverage', 'ratingCount', 'id'],
    displayedAttributes: ['id', 'title', 'description', 'payload'],
    rankingRules: ['words', 'typo', 'proximity', 'attribute', 'sort', 'exactness'],
    typoTolerance: { enabled: true, minWordSizeForTypos: { oneTypo: 4, twoTypos: 8 }, disableOnAttributes: ['skus'] },
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
