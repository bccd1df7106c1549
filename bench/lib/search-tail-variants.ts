// Changes to the store's Meilisearch multi-search that bench:search-tail times one at a time
// against the unchanged request, to see what each part of it costs and what a cut would buy.
// A variant that changes results (matching strategy, estimated totals) is measured, not taken:
// the bench prints how many searches kept the same hits and totals.
import type { MultiSearchBody } from './meilisearch-bench-index.ts';

export interface Variant {
  name: string;
  /** The requests to send instead of the store's one, all at once; the page stays first. */
  change(body: MultiSearchBody): MultiSearchBody | MultiSearchBody[];
}

type Query = Record<string, unknown>;

const eachQuery = (body: MultiSearchBody, change: (query: Query, index: number) => Query): MultiSearchBody => ({ queries: body.queries.map(change) });
const onPage = (body: MultiSearchBody, change: (query: Query) => Query): MultiSearchBody => eachQuery(body, (q, i) => (i === 0 ? change(q) : q));
const without = (query: Query, ...keys: string[]): Query => Object.fromEntries(Object.entries(query).filter(([key]) => !keys.includes(key)));

export function tailVariants(): Variant[] {
  return [
    { name: 'page without highlights or crop', change: (body) => onPage(body, (q) => without(q, 'attributesToHighlight', 'attributesToCrop', 'cropLength')) },
    { name: 'page alone, no facets', change: (body) => ({ queries: [without(body.queries[0]!, 'facets')] }) },
    { name: 'page highlights the title only (description still cropped)', change: (body) => onPage(body, (q) => ({ ...q, attributesToHighlight: ['title'] })) },
    { name: 'page crops nothing (title and description highlighted)', change: (body) => onPage(body, (q) => without(q, 'attributesToCrop', 'cropLength')) },
    ...['priceMinAmount', 'attributes', 'categoryFacets'].map((facet) => ({
      name: `page counts no ${facet}`,
      change: (body: MultiSearchBody) => onPage(body, (q) => ({ ...q, facets: ((q.facets ?? []) as string[]).filter((f) => f !== facet) })),
    })),
    {
      // Two of Meilisearch's threads share the work when cores are free: the page with its
      // highlights in one request, every facet count (the page's too) in the other.
      name: 'page ‖ all facet counts, two requests at once',
      change: (body) => {
        const page = body.queries[0]!;
        const pageFacets = { indexUid: page.indexUid, q: page.q, filter: page.filter, facets: page.facets, hitsPerPage: 0, page: 1, matchingStrategy: page.matchingStrategy };
        return [{ queries: [without(page, 'facets')] }, { queries: [pageFacets, ...body.queries.slice(1)] }];
      },
    },
    {
      // The page needs only the price facet's min and max (facetStats), not its distribution.
      name: 'price span from the cheapest and dearest match (two 1-hit sorted queries), not the price facet',
      change: (body) => {
        const page = body.queries[0]!;
        const facets = (page.facets ?? []) as string[];
        if (!facets.includes('priceMinAmount')) return body;
        const cheapest = (direction: string): Query => ({
          indexUid: page.indexUid, q: page.q, filter: page.filter, sort: [`priceMinAmount:${direction}`], offset: 0, limit: 1,
          attributesToRetrieve: ['priceMinAmount'], matchingStrategy: page.matchingStrategy,
        });
        return { queries: [{ ...page, facets: facets.filter((f) => f !== 'priceMinAmount') }, ...body.queries.slice(1), cheapest('asc'), cheapest('desc')] };
      },
    },
    { name: 'queries in English (locales ["eng"]: no language detection)', change: (body) => eachQuery(body, (q) => ({ ...q, locales: ['eng'] })) },
    { name: 'matchingStrategy "frequency"', change: (body) => eachQuery(body, (q) => ({ ...q, matchingStrategy: 'frequency' })) },
    { name: 'matchingStrategy "last"', change: (body) => eachQuery(body, (q) => ({ ...q, matchingStrategy: 'last' })) },
    {
      name: 'estimated totals (offset/limit, not page)',
      change: (body) => eachQuery(body, (q) => {
        const page = Number(q.page ?? 1);
        const size = Number(q.hitsPerPage ?? 20);
        return { ...without(q, 'page', 'hitsPerPage'), offset: (page - 1) * size, limit: size };
      }),
    },
  ];
}
