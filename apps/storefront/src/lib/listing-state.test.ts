import { describe, expect, it } from 'vitest';
import { activeFilterCount, clearedFilters, listingSearch, type ListingState, withSelected } from './listing-state.ts';

const EMPTY: ListingState = { brands: [], attributes: {}, min: '', max: '', inStock: false, sort: 'newest', cursor: null };

describe('listingSearch', () => {
  it('writes the query in a stable order', () => {
    const state = { ...EMPTY, sort: 'price-desc' as const, inStock: true, attributes: { colour: ['red'] }, brands: ['cube'], min: '10', cursor: 'c1' };
    expect(listingSearch(state)).toBe('?brand=cube&attr.colour=red&min=10&stock=1&sort=price-desc&cursor=c1');
  });

  it('is empty for the default state', () => {
    expect(listingSearch(EMPTY)).toBe('');
  });

  it('applies changes such as the next page cursor', () => {
    const state = { ...EMPTY, brands: ['cube'] };
    expect(listingSearch(state, { cursor: 'next' })).toBe('?brand=cube&cursor=next');
    expect(listingSearch({ ...state, cursor: 'c' }, { cursor: null })).toBe('?brand=cube');
  });

  it('clears filters but keeps the sort order', () => {
    const state: ListingState = { ...EMPTY, brands: ['cube'], min: '5', inStock: true, sort: 'name-asc', cursor: 'c' };
    expect(listingSearch(clearedFilters(state))).toBe('?sort=name-asc');
  });
});

describe('activeFilterCount', () => {
  it('counts each brand, attribute value, price bound and the stock toggle', () => {
    const state: ListingState = { ...EMPTY, brands: ['a', 'b'], attributes: { colour: ['red'] }, min: '1', max: '2', inStock: true };
    expect(activeFilterCount(state)).toBe(6);
    expect(activeFilterCount({ ...EMPTY, sort: 'name-asc' })).toBe(0);
  });
});

describe('withSelected', () => {
  it('keeps a selected value the facet no longer lists so it can be switched off', () => {
    const values = [{ value: 'cube', label: 'Cube', count: 3, selected: false }];
    expect(withSelected(values, ['canyon', 'cube'])).toEqual([
      { value: 'canyon', label: 'canyon', count: 0, selected: true },
      { value: 'cube', label: 'Cube', count: 3, selected: true },
    ]);
  });
});
