// A listing's state as the URL query carries it, and the way back from state to query. Shared by
// the server (parsing, in listing-query.ts) and the filter components in the browser, so it
// stays free of zod and anything else that would add weight to the page's JavaScript.
//
//   ?brand=canyon&brand=cube&attr.frame-material=carbon&min=100&max=2000&stock=1&sort=price-asc&cursor=…
import type { CatalogSort } from '@tandem/validators';

/** The sort orders shoppers can pick, in menu order. */
export const SORT_OPTIONS: readonly { value: CatalogSort; label: string }[] = [
  { value: 'newest', label: 'Newest' },
  { value: 'price-asc', label: 'Price: low to high' },
  { value: 'price-desc', label: 'Price: high to low' },
  { value: 'name-asc', label: 'Name: A to Z' },
  { value: 'name-desc', label: 'Name: Z to A' },
];

export const DEFAULT_SORT: CatalogSort = 'newest';
export const PAGE_SIZE = 24;
/** Query keys of attribute filters start with this prefix: `attr.frame-material=carbon`. */
export const ATTRIBUTE_PREFIX = 'attr.';

/** The filters in use, as the form, the chips and the links show them; prices in euros as typed. */
export interface ListingState {
  brands: string[];
  attributes: Record<string, string[]>;
  /** Lowest price in euros as typed ("250", "99,50"), or "" when unset or invalid. */
  min: string;
  /** Highest price in euros as typed, or "" when unset or invalid. */
  max: string;
  inStock: boolean;
  sort: CatalogSort;
  cursor: string | null;
}

/**
 * The query string for a listing state, with `changes` applied; "" when nothing is set.
 * Filters come first in a stable order so equal states give equal URLs.
 *
 * @example listingSearch(state, { cursor: page.nextCursor }) // "?brand=cube&cursor=…"
 */
export function listingSearch(state: ListingState, changes: Partial<ListingState> = {}): string {
  const next = { ...state, ...changes };
  const params = new URLSearchParams();
  for (const brand of next.brands) params.append('brand', brand);
  for (const [name, values] of Object.entries(next.attributes)) {
    for (const value of values) params.append(ATTRIBUTE_PREFIX + name, value);
  }
  if (next.min) params.set('min', next.min);
  if (next.max) params.set('max', next.max);
  if (next.inStock) params.set('stock', '1');
  if (next.sort !== DEFAULT_SORT) params.set('sort', next.sort);
  if (next.cursor) params.set('cursor', next.cursor);
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** How many filters are on (each brand, attribute value, price bound and the stock toggle). */
export function activeFilterCount(state: ListingState): number {
  const attributeValues = Object.values(state.attributes).reduce((sum, values) => sum + values.length, 0);
  return state.brands.length + attributeValues + (state.min ? 1 : 0) + (state.max ? 1 : 0) + (state.inStock ? 1 : 0);
}

/** The state with every filter off (the sort order is kept; the page restarts). */
export function clearedFilters(state: ListingState): ListingState {
  return { ...state, brands: [], attributes: {}, min: '', max: '', inStock: false, cursor: null };
}

/**
 * Facet values plus any selected value the facet no longer lists (count 0), so a filter that
 * matches nothing can still be seen and switched off.
 */
export function withSelected<T extends { value: string; label: string; count: number; selected: boolean }>(
  values: readonly T[],
  selected: readonly string[],
): (T | { value: string; label: string; count: number; selected: boolean })[] {
  const listed = new Set(values.map((v) => v.value));
  const marked = values.map((v) => (selected.includes(v.value) && !v.selected ? { ...v, selected: true } : v));
  const missing = selected.filter((value) => !listed.has(value)).map((value) => ({ value, label: value, count: 0, selected: true }));
  return [...missing, ...marked];
}
