// The search page's state in its URL (/search?q=…&brand=…&a.material=carbon&page=2), and the
// way back from state to links. Plain data, shared by the server load and the components.
import type { SearchQueryInput, SearchSort } from '@tandem/validators';
import { parseDecimal } from './money.ts';

export const SEARCH_SORTS: { value: SearchSort; label: string }[] = [
  { value: 'relevance', label: 'Best match' },
  { value: 'price-asc', label: 'Price: low to high' },
  { value: 'price-desc', label: 'Price: high to low' },
  { value: 'newest', label: 'Newest' },
  { value: 'rating', label: 'Customer rating' },
  { value: 'best-offer', label: 'Best offer' },
];

export const SEARCH_PAGE_SIZE = 24;
const ATTRIBUTE_PREFIX = 'a.';
// The price filter is in the listing's currency.
const FILTER_CURRENCY = 'EUR';

export interface SearchState {
  q: string;
  category: string;
  brands: string[];
  attributes: Record<string, string[]>;
  /** Euros as typed ("" when unset). */
  min: string;
  max: string;
  inStock: boolean;
  sort: SearchSort;
  page: number;
}

/** Reads the URL; what cannot be used is dropped (the API validates the rest). */
export function readSearchState(params: URLSearchParams): SearchState {
  const attributes: Record<string, string[]> = {};
  for (const [key, value] of params) {
    if (key.startsWith(ATTRIBUTE_PREFIX) && value) (attributes[key.slice(ATTRIBUTE_PREFIX.length)] ??= []).push(value);
  }
  const sort = SEARCH_SORTS.find((s) => s.value === params.get('sort'))?.value ?? 'relevance';
  const page = Number.parseInt(params.get('page') ?? '1', 10);
  const euros = (name: string) => ((params.get(name) ?? '').trim().match(/^\d{1,7}(?:[.,]\d{1,2})?$/) ? (params.get(name) ?? '').trim() : '');
  return {
    q: (params.get('q') ?? '').slice(0, 200),
    category: params.get('category') ?? '',
    brands: params.getAll('brand').filter(Boolean),
    attributes,
    min: euros('min'),
    max: euros('max'),
    inStock: ['1', 'true', 'on'].includes(params.get('stock') ?? ''),
    sort,
    page: Number.isSafeInteger(page) && page >= 1 ? Math.min(page, 200) : 1,
  };
}

function toMinorUnits(typed: string): number | undefined {
  const parsed = parseDecimal(typed, FILTER_CURRENCY);
  return parsed.ok ? parsed.amount : undefined;
}

export function searchInput(state: SearchState): SearchQueryInput {
  const minPrice = toMinorUnits(state.min);
  const maxPrice = toMinorUnits(state.max);
  return {
    q: state.q,
    ...(state.category ? { category: state.category } : {}),
    ...(state.brands.length ? { brands: state.brands } : {}),
    ...(Object.keys(state.attributes).length ? { attributes: state.attributes } : {}),
    ...(minPrice !== undefined ? { minPrice } : {}),
    ...(maxPrice !== undefined ? { maxPrice } : {}),
    ...(state.inStock ? { inStock: true } : {}),
    sort: state.sort,
    page: state.page,
    pageSize: SEARCH_PAGE_SIZE,
  };
}

/** The URL of a search state; the page number is left out on page 1. */
export function searchHref(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  if (state.category) params.set('category', state.category);
  for (const brand of state.brands) params.append('brand', brand);
  for (const [name, values] of Object.entries(state.attributes)) for (const value of values) params.append(`${ATTRIBUTE_PREFIX}${name}`, value);
  if (state.min) params.set('min', state.min);
  if (state.max) params.set('max', state.max);
  if (state.inStock) params.set('stock', '1');
  if (state.sort !== 'relevance') params.set('sort', state.sort);
  if (state.page > 1) params.set('page', String(state.page));
  const query = params.toString();
  return query ? `/search?${query}` : '/search';
}

/** The same search with changes; any change of filters goes back to page 1. */
export function withChanges(state: SearchState, changes: Partial<SearchState>): SearchState {
  return { ...state, page: 1, ...changes };
}

export function attributeFieldName(name: string): string {
  return `${ATTRIBUTE_PREFIX}${name}`;
}
