import { describe, expect, it } from 'vitest';
import { storeSearchQueries } from './meilisearch-search-request.ts';

describe('storeSearchQueries', () => {
  it('counts every facet with the page when nothing is filtered: one search', () => {
    const { main, facets } = storeSearchQueries('products', { query: ' helmet ' });
    expect(main).toMatchObject({ q: 'helmet', filter: undefined, facets: ['categoryFacets', 'brandFacet', 'priceMinAmount', 'inStock', 'attributes'] });
    expect(facets).toEqual([]);
  });

  it('counts a filtered group in a query of its own that leaves its filter out, the rest with the page', () => {
    const { main, facets } = storeSearchQueries('products', { query: 'bike', filters: { brands: ['acme'], inStock: true, attributes: { colour: ['Red'] } } });
    expect(main.filter).toBe('(brandSlug IN ["acme"]) AND (inStock = true) AND (attributes IN ["colour=Red"])');
    expect(main.facets).toEqual(['categoryFacets', 'priceMinAmount', 'attributes']);
    expect(facets.map((f) => [f.name, f.query.facets, f.query.filter, f.query.hitsPerPage])).toEqual([
      ['brands', ['brandFacet'], '(inStock = true) AND (attributes IN ["colour=Red"])', 0],
      ['inStock', ['inStock'], '(brandSlug IN ["acme"]) AND (attributes IN ["colour=Red"])', 0],
      ['attribute:colour', ['attributes'], '(brandSlug IN ["acme"]) AND (inStock = true)', 0],
    ]);
  });

  it('asks for no facets when the request wants none', () => {
    const { main, facets } = storeSearchQueries('products', { query: 'bike', filters: { brands: ['acme'] }, facets: false });
    expect(main.facets).toBeUndefined();
    expect(facets).toEqual([]);
  });
});
