// The granular filterable attributes must enable what the store's requests use: Meilisearch
// refuses a filter or a facet count on a feature left off, and only a real server would say so.
import type { GranularFilterableAttribute } from 'meilisearch';
import { describe, expect, it } from 'vitest';
import { FILTERABLE_ATTRIBUTES } from './meilisearch-settings.ts';
import { storeSearchQueries } from './meilisearch-search-request.ts';

const rules = (FILTERABLE_ATTRIBUTES ?? []) as GranularFilterableAttribute[];
const featuresOf = (field: string) => rules.find((rule) => rule.attributePatterns.includes(field))?.features;

describe('FILTERABLE_ATTRIBUTES', () => {
  const request = storeSearchQueries('products', {
    query: 'bike',
    filters: { category: 'bikes', brands: ['acme'], priceMin: 100, priceMax: 900, bestPriceMax: 800, inStock: true, attributes: { colour: ['Red'] } },
  });
  const filter = String(request.main.filter);
  const conditions = filter.split(' AND ').map((part) => /^\(+(\w+) (=|IN|<=|\d+ TO)/.exec(part)?.slice(1) ?? [part]);

  it('enables the feature each filter of a search uses: equality for = and IN, comparison for ranges', () => {
    expect(conditions.length).toBe(6);
    for (const [field, operator] of conditions) {
      const kind = operator === '=' || operator === 'IN' ? 'equality' : 'comparison';
      expect(featuresOf(field!)?.filter[kind], `${field} ${operator}`).toBe(true);
    }
  });

  it('enables a filter feature on every counted facet, which Meilisearch needs to count it', () => {
    const counted = [...(storeSearchQueries('products', { query: '' }).main.facets ?? [])];
    expect(counted.length).toBeGreaterThan(0);
    for (const field of counted) {
      const features = featuresOf(field);
      expect(features?.filter.equality || features?.filter.comparison, field).toBe(true);
    }
  });

  it('builds no facet-search data: the store never searches facet values', () => {
    for (const rule of rules) expect(rule.features.facetSearch).toBe(false);
  });
});
