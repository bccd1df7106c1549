// The search statement as it was before the pg-search rewrite (2026-12-07): every facet and
// total rescanned the materialised matches, labels were found by a GIN probe per value. Kept as
// the oracle the rewritten statement is proved equal to (search-statement.db.test.ts) and timed
// against (bench:search-statements); not on any request path.
import { Prisma } from '@tandem/db';
import type { SearchRequest } from '../port.ts';
import { allFiltersBut, attributeFacetCondition, filterPredicates } from './search-filters.ts';
import { categoryName, childCategory, matchParts, ORDER, pageHits, underCategory, type MatchMode } from './search-statement.ts';

/** The statement before the rewrite, same arguments and row shape as `searchStatement`. */
export function referenceSearchStatement(request: SearchRequest, mode: MatchMode, page: number, pageSize: number): Prisma.Sql {
  const predicates = filterPredicates(request.filters);
  const all = allFiltersBut(predicates, null);
  const sort = request.sort ?? 'relevance';
  const { match, rank: matchRank, query } = matchParts(mode);
  // Ranking costs (ts_rank reads each row's tsvector): sorts that never look at it skip it, and
  // only rows that pass every filter can reach the page, so only they are ranked. A query whose
  // words match 25k documents but whose filters keep a few hundred ranks those few hundred.
  const rank = sort === 'relevance' || sort === 'rating' ? Prisma.sql`CASE WHEN ${all} THEN ${matchRank} ELSE 0 END` : Prisma.sql`0::real`;
  const withFacets = request.facets !== false;
  const selectedCategory = request.filters?.category ?? null;
  const facets = withFacets
    ? Prisma.sql`,
      (SELECT COALESCE(json_agg(json_build_object('value', path, 'label', label, 'count', n) ORDER BY n DESC, label), '[]'::json)
         FROM (SELECT x.path, x.n,
                      -- The name from any one document in that category (a GIN probe per value).
                      ${categoryName(Prisma.sql`s."categoryPaths" @> ARRAY[x.path]`)} AS label
                 FROM (SELECT ${childCategory(selectedCategory)} AS path, count(*)::int AS n
                         FROM m d
                        WHERE ${allFiltersBut(predicates, 'category')} AND ${underCategory(selectedCategory)}
                        GROUP BY 1) x) y) AS categories,
      (SELECT COALESCE(json_agg(json_build_object('value', slug, 'label', label, 'count', n) ORDER BY n DESC, label), '[]'::json)
         FROM (SELECT x.slug, x.n,
                      (SELECT s.document->'brand'->>'name' FROM "SearchDocument" s WHERE s."brandSlug" = x.slug LIMIT 1) AS label
                 FROM (SELECT d."brandSlug" AS slug, count(*)::int AS n
                         FROM m d WHERE d."brandSlug" IS NOT NULL AND ${allFiltersBut(predicates, 'brands')} GROUP BY d."brandSlug") x) y) AS brands,
      (SELECT COALESCE(json_agg(json_build_object('name', split_part(a, '=', 1), 'value', substr(a, strpos(a, '=') + 1), 'count', n)
                                ORDER BY split_part(a, '=', 1), n DESC, substr(a, strpos(a, '=') + 1)), '[]'::json)
         -- Counted per "name=value" string and split once per distinct value, not once per row.
         FROM (SELECT a, count(*)::int AS n
                 FROM (SELECT unnest(x.attributes) AS a, x.* FROM m x) d WHERE ${attributeFacetCondition(predicates)} GROUP BY a) x) AS attributes,
      (SELECT count(*)::int FROM m d WHERE d."inStock" AND ${allFiltersBut(predicates, 'inStock')}) AS in_stock,
      (SELECT min(d."priceMinAmount") FROM m d WHERE ${allFiltersBut(predicates, 'price')}) AS price_min,
      (SELECT max(d."priceMinAmount") FROM m d WHERE ${allFiltersBut(predicates, 'price')}) AS price_max`
    : Prisma.sql`, NULL::json AS categories, NULL::json AS brands, NULL::json AS attributes, NULL::int AS in_stock, NULL::int AS price_min, NULL::int AS price_max`;
  return Prisma.sql`
    WITH q AS (SELECT ${query} AS query),
    m AS MATERIALIZED (
      SELECT d.id, d."brandSlug", d."categoryPaths", d.attributes, d."priceMinAmount", d."bestPriceAmount", d."inStock",
             d."ratingAverage", d."ratingCount", d."createdAt", ${rank} AS rank
        FROM "SearchDocument" d, q WHERE ${match}),
    page AS (
      SELECT d.id, row_number() OVER () AS ord FROM (
        SELECT d.id FROM m d WHERE ${all} ORDER BY ${Prisma.raw(ORDER[sort])}
        LIMIT ${pageSize} OFFSET ${(page - 1) * pageSize}) d)
    SELECT
      ${pageHits(mode)} AS hits,
      (SELECT count(*)::int FROM m d WHERE ${all}) AS total,
      (SELECT count(*)::int FROM m) AS matched
      ${facets}`;
}
