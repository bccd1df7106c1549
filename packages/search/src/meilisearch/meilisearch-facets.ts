// Facet counts out of the multi-search's responses: each facet read from the counting response
// that left its own filter out, else from the page's ("page"), searched under every filter.
import type { SearchResponse } from 'meilisearch';
import type { FacetCount, SearchFacets, SearchRequest } from '../port.ts';
import { splitLabel, type MeiliHit } from './meilisearch-documents.ts';
import type { FilterName } from './meilisearch-filters.ts';

export type FacetResponse = { name: FilterName | 'page'; response: SearchResponse<MeiliHit> | undefined };

export function readFacets(responses: FacetResponse[], request: SearchRequest): SearchFacets {
  const distribution = (facet: string, group: FilterName): Record<string, number> => {
    const source = responses.find((r) => r.name === group) ?? responses.find((r) => r.name === 'page');
    return source?.response?.facetDistribution?.[facet] ?? {};
  };
  const byCount = (a: FacetCount, b: FacetCount) => b.count - a.count || (a.label < b.label ? -1 : a.label > b.label ? 1 : 0);
  const selected = request.filters?.category;
  const depth = selected ? selected.split('/').length + 1 : 1;
  const categories = Object.entries(distribution('categoryFacets', 'category'))
    .map(([raw, count]) => ({ ...splitLabel(raw), count }))
    .filter(({ value }) => value.split('/').length === depth && (!selected || value.startsWith(`${selected}/`)))
    .sort(byCount);
  const brands = Object.entries(distribution('brandFacet', 'brands')).map(([raw, count]) => ({ ...splitLabel(raw), count })).sort(byCount);
  const attributes = new Map<string, FacetCount[]>();
  const filteredNames = new Set(Object.keys(request.filters?.attributes ?? {}).filter((name) => request.filters?.attributes?.[name]?.length));
  const addAttributes = (counts: Record<string, number>, only?: string) => {
    for (const [pair, count] of Object.entries(counts)) {
      const at = pair.indexOf('=');
      const name = pair.slice(0, at);
      const value = pair.slice(at + 1);
      if (only ? name !== only : filteredNames.has(name)) continue;
      attributes.set(name, [...(attributes.get(name) ?? []), { value, label: value, count }]);
    }
  };
  addAttributes(responses.find((r) => r.name === 'page')?.response?.facetDistribution?.attributes ?? {});
  for (const name of filteredNames) addAttributes(distribution('attributes', `attribute:${name}`), name);
  const priceSource = responses.find((r) => r.name === 'price') ?? responses.find((r) => r.name === 'page');
  const stats = priceSource?.response?.facetStats?.priceMinAmount;
  return {
    categories,
    brands,
    attributes: [...attributes].sort(([a], [b]) => (a < b ? -1 : 1)).map(([name, values]) => ({ name, values: values.sort(byCount) })),
    inStock: distribution('inStock', 'inStock')['true'] ?? 0,
    price: stats ? { min: stats.min, max: stats.max } : null,
  };
}
