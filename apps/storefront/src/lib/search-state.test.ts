import { describe, expect, it } from 'vitest';
import { readSearchState, searchHref, searchInput, withChanges } from './search-state';

describe('search state', () => {
  it('reads a search URL into the API input, prices in cents', () => {
    const state = readSearchState(new URLSearchParams('q=carbon+rodd&category=bikes/road&brand=velox&brand=cube&a.material=carbon&min=100&max=1499,50&stock=1&sort=price-asc&page=3'));
    expect(searchInput(state)).toEqual({
      q: 'carbon rodd', category: 'bikes/road', brands: ['velox', 'cube'], attributes: { material: ['carbon'] },
      minPrice: 10_000, maxPrice: 149_950, inStock: true, sort: 'price-asc', page: 3, pageSize: 24,
    });
  });

  it('drops what it cannot use instead of failing', () => {
    const state = readSearchState(new URLSearchParams('q=x&min=abc&sort=cheapest&page=-2'));
    expect(state).toMatchObject({ min: '', sort: 'relevance', page: 1 });
  });

  it('writes a state back to the same URL, and any change of filters returns to page 1', () => {
    const href = '/search?q=helmet&brand=casco&a.colour=White&stock=1&sort=newest&page=2';
    const state = readSearchState(new URL(href, 'http://x').searchParams);
    expect(searchHref(state)).toBe(href);
    expect(searchHref(withChanges(state, { brands: [] }))).toBe('/search?q=helmet&a.colour=White&stock=1&sort=newest');
  });
});
