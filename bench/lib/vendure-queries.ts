// Vendure shop-api reads equivalent to Tandem's: a listing is `search` grouped by product with its
// facet value counts (Tandem's `catalog.list` answers one page plus facet counts; Vendure's
// `products` list has no facet counts), a category page the same `search` filtered by a
// collection slug, a product page `product(slug:)` with its variants, options and facets.
import type { LoadRequest } from './load.ts';

/** One side of a comparison: where to send the requests, cycled through by every connection. */
export interface Side {
  origin: string;
  requests: (string | LoadRequest)[];
}

const SEARCH = `query Listing($input: SearchInput!) {
  search(input: $input) {
    totalItems
    items { productId productName slug description productAsset { preview } currencyCode
      priceWithTax { ... on PriceRange { min max } ... on SinglePrice { value } } facetValueIds }
    facetValues { count facetValue { id name facet { id name code } } }
    collections { count collection { id name slug } }
  }
}`;

const PRODUCT = `query Product($slug: String!) {
  product(slug: $slug) {
    id name slug description featuredAsset { preview } assets { preview }
    optionGroups { code name options { code name } }
    variants { id name sku price priceWithTax currencyCode stockLevel options { code name groupId } }
    facetValues { code name facet { code name } }
    collections { slug name }
  }
}`;

const body = (query: string, variables: unknown) => JSON.stringify({ query, variables });

export function vendureListing(): string {
  return body(SEARCH, { input: { groupByProduct: true, take: 24 } });
}

export function vendureCategory(collectionSlug: string): string {
  return body(SEARCH, { input: { groupByProduct: true, take: 24, collectionSlug } });
}

export function vendureProduct(slug: string): string {
  return body(PRODUCT, { slug });
}

/** Sends every request once; each must answer 200 with data (items or a product). Returns a summary. */
export async function checkRequests(side: Side, kind: 'tandem' | 'vendure'): Promise<string> {
  const found: number[] = [];
  for (const request of side.requests) {
    const r = typeof request === 'string' ? { method: 'GET', path: request, body: undefined } : request;
    const response = await fetch(side.origin + r.path, { method: r.method, body: r.body, headers: r.body ? { 'content-type': 'application/json' } : {} });
    const text = await response.text();
    const json = JSON.parse(text) as { result?: { data?: { items?: unknown[]; total?: number } }; data?: { search?: { items: unknown[]; totalItems: number }; product?: unknown }; errors?: unknown };
    const data = kind === 'tandem' ? json.result?.data : (json.data?.search ?? json.data?.product);
    const items = kind === 'tandem' ? (json.result?.data?.items?.length ?? (data ? 1 : 0)) : (json.data?.search?.items.length ?? (json.data?.product ? 1 : 0));
    if (!response.ok || json.errors || !data || items === 0) throw new Error(`${kind} ${r.path} ${r.body ?? ''} answered ${response.status} without data: ${text.slice(0, 300)}`);
    found.push(kind === 'tandem' ? (json.result?.data?.total ?? 1) : (json.data?.search?.totalItems ?? 1));
  }
  return `${side.requests.length} request(s) answer 200 with data (matches: ${found.join(', ')})`;
}
