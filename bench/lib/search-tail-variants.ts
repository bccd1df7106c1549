// Changes to the store's Meilisearch multi-search that bench:search-tail times one at a time
// against the unchanged request, to see what each part of it costs and what a cut would buy.
// A variant that changes results (matching strategy, estimated totals) is measured, not taken:
// the bench prints how many searches kept the same hits and totals.
import type { MultiSearchBody } from './meilisearch-bench-index.ts';

export interface Variant {
  name: string;
  change(body: MultiSearchBody): MultiSearchBody;
}

type Query = Record<string, unknown>;

const eachQuery = (body: MultiSearchBody, change: (query: Query, index: number) => Query): MultiSearchBody => ({ queries: body.queries.map(change) });
const without = (query: Query, ...keys: string[]): Query => Object.fromEntries(Object.entries(query).filter(([key]) => !keys.includes(key)));

export function tailVariants(): Variant[] {
  return [
    { name: 'page without highlights or crop', change: (body) => eachQuery(body, (q, i) => (i === 0 ? without(q, 'attributesToHighlight', 'attributesToCrop', 'cropLength') : q)) },
    { name: 'page alone, no facets', change: (body) => ({ queries: [without(body.queries[0]!, 'facets')] }) },
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
