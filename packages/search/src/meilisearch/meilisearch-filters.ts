// Search filters in Meilisearch's filter syntax (strings double-quoted, backslash-escaped),
// kept by name so facets can be counted under every filter but their own.
import type { SearchFilters } from '../port.ts';

export type FilterName = 'category' | 'brands' | 'price' | 'bestPrice' | 'inStock' | `attribute:${string}`;

export function quote(value: string): string {
  return `"${value.replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"`;
}

export function meiliFilters(filters: SearchFilters = {}): Map<FilterName, string> {
  const parts = new Map<FilterName, string>();
  if (filters.category) parts.set('category', `categoryPaths = ${quote(filters.category)}`);
  if (filters.brands?.length) parts.set('brands', `brandSlug IN [${filters.brands.map(quote).join(', ')}]`);
  if (filters.priceMin !== undefined || filters.priceMax !== undefined) {
    parts.set('price', `priceMinAmount ${filters.priceMin ?? 0} TO ${filters.priceMax ?? 2_147_483_647}`);
  }
  if (filters.bestPriceMax !== undefined) parts.set('bestPrice', `bestPriceAmount <= ${filters.bestPriceMax}`);
  if (filters.inStock) parts.set('inStock', 'inStock = true');
  for (const [name, values] of Object.entries(filters.attributes ?? {})) {
    if (values.length) parts.set(`attribute:${name}`, `attributes IN [${values.map((v) => quote(`${name}=${v}`)).join(', ')}]`);
  }
  return parts;
}

/** Every filter but `excluded`, AND-ed; undefined when none is left. */
export function filterExpression(parts: Map<FilterName, string>, excluded?: FilterName): string | undefined {
  const kept = [...parts].filter(([name]) => name !== excluded).map(([, expression]) => `(${expression})`);
  return kept.length ? kept.join(' AND ') : undefined;
}
