// Turns a listing URL query into the API's `catalog.list` input, validated with the API's own
// schemas, dropping (with a readable message) whatever it cannot use. Server-side only: it
// pulls in zod. The state type and the way back to a query live in listing-state.ts.
import { CatalogListInput, CatalogSort, Slug } from '@tandem/validators';
import { ATTRIBUTE_PREFIX, DEFAULT_SORT, PAGE_SIZE, type ListingState } from './listing-state.ts';

export interface ParsedListing {
  state: ListingState;
  /** Ready for `catalog.list`; only the parts of the query that are valid. */
  input: CatalogListInput;
  /** One sentence per part of the query that was ignored. */
  errors: string[];
}

const ATTRIBUTE_NAME = /^[a-z0-9-]{1,60}$/;
const EUROS = /^\d{1,7}(?:[.,]\d{1,2})?$/;
const MAX_BRANDS = 50;
const MAX_VALUES = 50;
const MAX_ATTRIBUTES = 20;
const CENTS_PER_EURO = 100;

/**
 * Reads a listing URL query. Never throws: bad parts are left out and explained in `errors`.
 *
 * @example parseListingQuery(new URLSearchParams('brand=cube&min=100'), { category: 'road' })
 */
export function parseListingQuery(
  params: URLSearchParams,
  options: { category?: string; limit?: number } = {},
): ParsedListing {
  const errors: string[] = [];
  const brands = parseBrands(params.getAll('brand'), errors);
  const attributes = parseAttributes(params, errors);
  const minText = (params.get('min') ?? '').trim();
  const maxText = (params.get('max') ?? '').trim();
  let minPrice = parseEuros(minText, 'lowest', errors);
  let maxPrice = parseEuros(maxText, 'highest', errors);
  if (minPrice !== undefined && maxPrice !== undefined && minPrice > maxPrice) {
    errors.push('The lowest price is above the highest price, so the price filter was ignored.');
    minPrice = maxPrice = undefined;
  }
  // Only prices in use stay in the state (and so in the form, the chips and the links).
  const min = minPrice === undefined ? '' : minText;
  const max = maxPrice === undefined ? '' : maxText;
  const inStock = ['1', 'true', 'on'].includes(params.get('stock') ?? '');
  const sort = parseSort(params.get('sort'), errors);
  const cursor = parseCursor(params.get('cursor'), errors);

  const state: ListingState = { brands, attributes, min, max, inStock, sort, cursor };
  const input: CatalogListInput = {
    ...(options.category ? { category: options.category } : {}),
    ...(brands.length ? { brands } : {}),
    ...(Object.keys(attributes).length ? { attributes } : {}),
    ...(minPrice !== undefined ? { minPrice } : {}),
    ...(maxPrice !== undefined ? { maxPrice } : {}),
    ...(inStock ? { inStock } : {}),
    ...(cursor ? { cursor } : {}),
    sort,
    currency: 'EUR',
    limit: options.limit ?? PAGE_SIZE,
    withFacets: true,
  };
  // The API's own schema has the last word; anything it still rejects resets the filters.
  const checked = CatalogListInput.safeParse(input);
  if (!checked.success) {
    errors.push(...checked.error.issues.map((issue) => `${issue.message}; the filters were reset.`));
    const { category, currency, limit, withFacets } = input;
    return { state, input: { category, currency, limit, withFacets, sort }, errors };
  }
  return { state, input, errors };
}

function parseBrands(raw: string[], errors: string[]): string[] {
  const brands: string[] = [];
  for (const value of raw) {
    const slug = value.trim().toLowerCase();
    if (!slug || brands.includes(slug)) continue;
    if (!Slug.safeParse(slug).success) errors.push(`"${value}" is not a brand name we know, so it was ignored.`);
    else if (brands.length >= MAX_BRANDS) errors.push(`At most ${MAX_BRANDS} brands can be picked at once.`);
    else brands.push(slug);
  }
  return brands;
}

function parseAttributes(params: URLSearchParams, errors: string[]): Record<string, string[]> {
  const attributes: Record<string, string[]> = {};
  for (const key of new Set(params.keys())) {
    if (!key.startsWith(ATTRIBUTE_PREFIX)) continue;
    const name = key.slice(ATTRIBUTE_PREFIX.length);
    if (!ATTRIBUTE_NAME.test(name)) {
      errors.push(`"${name}" is not a filter we know, so it was ignored.`);
      continue;
    }
    const values = [...new Set(params.getAll(key).map((v) => v.trim()).filter((v) => v.length > 0 && v.length <= 120))];
    if (values.length === 0) continue;
    if (Object.keys(attributes).length >= MAX_ATTRIBUTES) {
      errors.push(`At most ${MAX_ATTRIBUTES} kinds of filter can be used at once.`);
      break;
    }
    attributes[name] = values.slice(0, MAX_VALUES);
  }
  return attributes;
}

/** Euros as typed ("99.50" or "99,50") to cents, or undefined when empty or invalid. */
function parseEuros(text: string, which: 'lowest' | 'highest', errors: string[]): number | undefined {
  if (text === '') return undefined;
  if (!EUROS.test(text)) {
    errors.push(`The ${which} price "${text}" is not an amount in euros (such as 250 or 99.50), so it was ignored.`);
    return undefined;
  }
  return Math.round(Number(text.replace(',', '.')) * CENTS_PER_EURO);
}

function parseSort(raw: string | null, errors: string[]): CatalogSort {
  if (!raw) return DEFAULT_SORT;
  const sort = CatalogSort.safeParse(raw);
  if (sort.success) return sort.data;
  errors.push(`"${raw}" is not a sort order we know, so the newest products come first.`);
  return DEFAULT_SORT;
}

function parseCursor(raw: string | null, errors: string[]): string | null {
  if (!raw) return null;
  if (raw.length > 500) {
    errors.push('The page link is damaged, so the first page is shown.');
    return null;
  }
  return raw;
}
