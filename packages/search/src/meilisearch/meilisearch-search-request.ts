// The multi-search a store search sends to Meilisearch: the page of hits, which also counts the
// facets that have no filter of their own, then one counting query per filtered facet group
// (counted under every filter but its own). Pure, so the request can be tested and timed
// (bench:search-client-path) apart from the HTTP round trip.
import type { MultiSearchQuery } from 'meilisearch';
import { MATCH_END, MATCH_START } from '../highlight.ts';
import { DEFAULT_PAGE_SIZE, type SearchRequest, type SearchSort } from '../port.ts';
import { LEGACY_PAYLOAD_FIELD, RETRIEVED_FIELDS } from './meilisearch-documents.ts';
import { filterExpression, meiliFilters, type FilterName } from './meilisearch-filters.ts';

const SORTS: Record<SearchSort, string[] | undefined> = {
  relevance: undefined,
  'price-asc': ['priceMinAmount:asc', 'id:asc'],
  'price-desc': ['priceMinAmount:desc', 'id:asc'],
  newest: ['createdAtTs:desc', 'id:asc'],
  rating: ['ratingAverage:desc', 'ratingCount:desc'],
  'best-offer': ['bestPriceAmount:asc', 'id:asc'],
};

export const HIGHLIGHT = { highlightPreTag: MATCH_START, highlightPostTag: MATCH_END } as const;

/**
 * Every query word must match, as on PostgreSQL: Meilisearch's default ("last") drops words
 * from the end until something matches, so "helmet xylophone" listed helmets (issue #18).
 */
export const MATCHING = { matchingStrategy: 'all' } as const;

/** A facet-counting query and the filter it leaves out. */
export interface FacetQuery {
  name: FilterName;
  query: MultiSearchQuery;
}

export interface StoreSearchQueries {
  page: number;
  pageSize: number;
  /** The page of hits, with highlights and the cropped description, and the facets without a filter of their own. */
  main: MultiSearchQuery;
  /** One per filtered facet group; empty when nothing is filtered or the request asks for no facets. */
  facets: FacetQuery[];
}

export function storeSearchQueries(indexUid: string, request: SearchRequest): StoreSearchQueries {
  const page = request.page ?? 1;
  const pageSize = request.pageSize ?? DEFAULT_PAGE_SIZE;
  const filters = meiliFilters(request.filters);
  const q = request.query.trim();
  const groups = request.facets === false ? null : facetGroups(filters);
  const main: MultiSearchQuery = {
    indexUid,
    q,
    filter: filterExpression(filters),
    sort: SORTS[request.sort ?? 'relevance'],
    page,
    hitsPerPage: pageSize,
    attributesToRetrieve: [...RETRIEVED_FIELDS, LEGACY_PAYLOAD_FIELD],
    attributesToHighlight: ['title', 'description'],
    attributesToCrop: ['description'],
    cropLength: 24,
    // The page is searched under every filter, which is what the facets without a filter of
    // their own are counted under: one search fewer than a separate counting query (issue #18).
    ...(groups ? { facets: groups.unfiltered } : {}),
    ...HIGHLIGHT,
    ...MATCHING,
  };
  const counting = (group: FacetGroup): FacetQuery => ({
    name: group.name,
    query: { indexUid, q, filter: filterExpression(filters, group.name), facets: group.facets, hitsPerPage: 0, page: 1, ...MATCHING },
  });
  return { page, pageSize, main, facets: (groups?.filtered ?? []).map(counting) };
}

interface FacetGroup {
  name: FilterName;
  facets: string[];
}

/**
 * The facet groups with a filter of their own (each counted by a query that leaves it out), and
 * the facets of every other group (counted with the page). Attributes are always counted with
 * the page too; a filtered attribute name is read from its own query instead.
 */
function facetGroups(filters: Map<FilterName, string>): { filtered: FacetGroup[]; unfiltered: string[] } {
  const own: FacetGroup[] = [
    { name: 'category', facets: ['categoryFacets'] },
    { name: 'brands', facets: ['brandFacet'] },
    { name: 'price', facets: ['priceMinAmount'] },
    { name: 'inStock', facets: ['inStock'] },
    ...[...filters.keys()].filter((name) => name.startsWith('attribute:')).map((name) => ({ name, facets: ['attributes'] })),
  ];
  const unfiltered = own.filter((group) => !filters.has(group.name) && !group.name.startsWith('attribute:')).flatMap((group) => group.facets);
  return { filtered: own.filter((group) => filters.has(group.name)), unfiltered: [...unfiltered, 'attributes'] };
}
