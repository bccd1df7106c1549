// One search in one SQL statement: the matching documents are materialised once (full-text
// match, or the trigram fallback) with each filter's outcome, then the page (with highlights),
// the totals (one pass) and every facet are read from them. Facets are counted under every
// filter but their own.
import { Prisma, type PrismaClient } from '@tandem/db';
import { MATCH_END, MATCH_START } from '../highlight.ts';
import type { SearchRequest, SearchSort } from '../port.ts';
import { allFiltersBut, attributeFacetCondition, filterFlags, filterPredicates, type FilterPredicates } from './search-filters.ts';

export type MatchMode = { kind: 'all' } | { kind: 'fulltext'; tsquery: string } | { kind: 'fuzzy'; text: string };

export interface StatementRow {
  hits: { document: unknown; title: string; snippet: string }[];
  total: number;
  /** Documents the words match, before any filter. */
  matched: number;
  categories: { value: string; label: string; count: number }[] | null;
  brands: { value: string; label: string; count: number }[] | null;
  attributes: { name: string; value: string; count: number }[] | null;
  in_stock: number | null;
  price_min: number | null;
  price_max: number | null;
}

export const ORDER: Record<SearchSort, string> = {
  relevance: 'd.rank DESC, d."createdAt" DESC, d.id',
  'price-asc': 'd."priceMinAmount" ASC, d.id',
  'price-desc': 'd."priceMinAmount" DESC, d.id',
  newest: 'd."createdAt" DESC, d.id',
  rating: 'd."ratingAverage" DESC NULLS LAST, d."ratingCount" DESC, d.rank DESC, d.id',
  'best-offer': 'd."bestPriceAmount" ASC, d.id',
};

const HEADLINE_TITLE = `StartSel="${MATCH_START}", StopSel="${MATCH_END}", HighlightAll=true`;
const HEADLINE_SNIPPET = `StartSel="${MATCH_START}", StopSel="${MATCH_END}", MaxWords=24, MinWords=12, MaxFragments=1`;

export function runSearchStatement(prisma: PrismaClient, request: SearchRequest, mode: MatchMode, page: number, pageSize: number): Promise<StatementRow> {
  return runStatement(prisma, searchStatement(request, mode, page, pageSize), mode);
}

/** Runs a search statement built for `mode` (this module's, or the reference one in tests and benchmarks). */
export async function runStatement(prisma: PrismaClient, statement: Prisma.Sql, mode: MatchMode): Promise<StatementRow> {
  if (mode.kind !== 'fuzzy') return (await prisma.$queryRaw<StatementRow[]>(statement))[0]!;
  // word_similarity is far dearer per row than the planner's cost model says (on PGlite's
  // WebAssembly build above all: a sequential pass over 10k documents takes seconds), so the
  // fuzzy pass always goes through the trigram index.
  const [, rows] = await prisma.$transaction([prisma.$executeRawUnsafe('SET LOCAL enable_seqscan = off'), prisma.$queryRaw<StatementRow[]>(statement)]);
  return rows[0]!;
}

/** The one statement of a search (runSearchStatement runs it; benchmarks EXPLAIN it). */
export function searchStatement(request: SearchRequest, mode: MatchMode, page: number, pageSize: number): Prisma.Sql {
  const predicates = filterPredicates(request.filters);
  // The materialised matches carry each filter's outcome, so what reads them tests booleans.
  const { columns: flagColumns, names: flagNames, flags } = filterFlags(predicates);
  const all = allFiltersBut(flags, null);
  const sort = request.sort ?? 'relevance';
  const { match, rank: matchRank, query } = matchParts(mode);
  // Ranking costs (ts_rank reads each row's tsvector): sorts that never look at it skip it, and
  // only rows that pass every filter can reach the page, so only they are ranked. A query whose
  // words match 25k documents but whose filters keep a few hundred ranks those few hundred.
  const rank = sort === 'relevance' || sort === 'rating' ? Prisma.sql`CASE WHEN ${allFiltersBut(predicates, null)} THEN ${matchRank} ELSE 0 END` : Prisma.sql`0::real`;
  const withFacets = request.facets !== false;
  const selectedCategory = request.filters?.category ?? null;
  return Prisma.sql`
    WITH q AS (SELECT ${query} AS query),
    m AS MATERIALIZED (
      SELECT d.id, d."brandSlug", ${childCategory(selectedCategory)} AS "childCategory", ${underCategory(selectedCategory)} AS "underCategory",
             d."attributeSetId", d."priceMinAmount", d."bestPriceAmount", d."inStock", d."ratingAverage", d."ratingCount", d."createdAt",
             ${flagColumns}, ${rank} AS rank
        FROM "SearchDocument" d, q WHERE ${match}),
    page AS (
      SELECT d.id, row_number() OVER () AS ord FROM (
        SELECT d.id FROM m d WHERE ${all} ORDER BY ${Prisma.raw(ORDER[sort])}
        LIMIT ${pageSize} OFFSET ${(page - 1) * pageSize}) d),
    -- Every count and bound that is one number, in one pass over the matches.
    totals AS (
      SELECT count(*)::int AS matched, count(*) FILTER (WHERE ${all})::int AS total,
             count(*) FILTER (WHERE d."inStock" AND ${allFiltersBut(flags, 'inStock')})::int AS in_stock,
             min(d."priceMinAmount") FILTER (WHERE ${allFiltersBut(flags, 'price')}) AS price_min,
             max(d."priceMinAmount") FILTER (WHERE ${allFiltersBut(flags, 'price')}) AS price_max
        FROM m d)${withFacets ? facetGroups(flagNames) : Prisma.empty}
    SELECT
      ${pageHits(mode)} AS hits,
      t.total, t.matched,
      ${withFacets ? facetColumns(flags) : Prisma.sql`NULL::json AS categories, NULL::json AS brands, NULL::json AS attributes`},
      ${withFacets ? Prisma.sql`t.in_stock, t.price_min, t.price_max` : Prisma.sql`NULL::int AS in_stock, NULL::int AS price_min, NULL::int AS price_max`}
    FROM totals t`;
}

/**
 * The matches grouped by everything a facet counts by (brand, category below the selected one,
 * the whole attribute list, by its integer id) and every filter's outcome: 25k matches of one
 * word fall into a few hundred groups (70 distinct attribute lists), so the facets below unnest
 * and hash those, not every match. `holder` is the smallest id in the group, for labels.
 */
function facetGroups(flagNames: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`,
    g AS MATERIALIZED (
      SELECT d."brandSlug", d."childCategory", d."underCategory", d."attributeSetId", ${flagNames}, count(*)::int AS n, min(d.id) AS holder
        FROM m d GROUP BY d."brandSlug", d."childCategory", d."underCategory", d."attributeSetId", ${flagNames})`;
}

/**
 * The category, brand and attribute facets from the groups `g`, each under every filter but its
 * own. A value's label comes from one document holding it, found by primary key (the smallest id
 * counted), not by a probe that lists every document holding it.
 */
function facetColumns(flags: FilterPredicates): Prisma.Sql {
  return Prisma.sql`
      (SELECT COALESCE(json_agg(json_build_object('value', path, 'label', label, 'count', n) ORDER BY n DESC, label), '[]'::json)
         FROM (SELECT x.path, x.n,
                      ${categoryName(Prisma.sql`s.id = x.holder`)} AS label
                 FROM (SELECT d."childCategory" AS path, sum(d.n)::int AS n, min(d.holder) AS holder
                         FROM g d WHERE ${allFiltersBut(flags, 'category')} AND d."underCategory"
                        GROUP BY 1) x) y) AS categories,
      (SELECT COALESCE(json_agg(json_build_object('value', slug, 'label', label, 'count', n) ORDER BY n DESC, label), '[]'::json)
         FROM (SELECT x.slug, x.n, (SELECT s.document->'brand'->>'name' FROM "SearchDocument" s WHERE s.id = x.holder) AS label
                 FROM (SELECT d."brandSlug" AS slug, sum(d.n)::int AS n, min(d.holder) AS holder
                         FROM g d WHERE d."brandSlug" IS NOT NULL AND ${allFiltersBut(flags, 'brands')} GROUP BY d."brandSlug") x) y) AS brands,
      (SELECT COALESCE(json_agg(json_build_object('name', split_part(a, '=', 1), 'value', substr(a, strpos(a, '=') + 1), 'count', n)
                                ORDER BY split_part(a, '=', 1), n DESC, substr(a, strpos(a, '=') + 1)), '[]'::json)
         -- Counted per "name=value" string and split once per distinct value, not once per row.
         FROM (SELECT a, sum(d.n)::int AS n
                 -- Each group's list by primary key: a hash join would read all the lists (6,707 at 100k).
                 FROM (SELECT unnest((SELECT s.attributes FROM "SearchAttributeSet" s WHERE s.id = x."attributeSetId")) AS a, x.* FROM g x) d
                WHERE ${attributeFacetCondition(flags)} GROUP BY a) x) AS attributes`;
}

/** The page's documents in `page` order, with their highlighted titles and snippets, as JSON. */
export function pageHits(mode: MatchMode): Prisma.Sql {
  return Prisma.sql`(SELECT COALESCE(json_agg(json_build_object(
                'document', s.document,
                'title', ${headline(mode, Prisma.sql`s.document->>'title'`, HEADLINE_TITLE)},
                'snippet', ${headline(mode, Prisma.sql`s.document->>'description'`, HEADLINE_SNIPPET)}) ORDER BY page.ord), '[]'::json)
         FROM page JOIN "SearchDocument" s ON s.id = page.id, q)`;
}

/** The name of category `x.path`, read from the document `s` that `holder` picks. */
export function categoryName(holder: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`(SELECT names.name FROM "SearchDocument" s,
            unnest(s."categoryPaths", ARRAY(SELECT jsonb_array_elements_text(s.document->'categoryNames'))) AS names(path, name)
      WHERE ${holder} AND names.path = x.path LIMIT 1)`;
}

/**
 * A document's category one level below the selected one (a root when none is selected):
 * `categoryPaths` lists its category's ancestors root first, so that is one array element, and
 * no path of every matching document is unnested and compared.
 */
export function childCategory(selected: string | null): Prisma.Sql {
  return Prisma.sql`d."categoryPaths"[${depthOf(selected) + 1}]`;
}

/** The document sits below the selected category (every document when none is selected). */
export function underCategory(selected: string | null): Prisma.Sql {
  if (selected === null) return Prisma.sql`cardinality(d."categoryPaths") >= 1`;
  return Prisma.sql`d."categoryPaths"[${depthOf(selected)}] = ${selected} AND cardinality(d."categoryPaths") > ${depthOf(selected)}`;
}

const depthOf = (path: string | null): number => (path === null ? 0 : path.split('/').length);

export function matchParts(mode: MatchMode): { match: Prisma.Sql; rank: Prisma.Sql; query: Prisma.Sql } {
  switch (mode.kind) {
    case 'all':
      return { match: Prisma.sql`TRUE`, rank: Prisma.sql`0::real`, query: Prisma.sql`NULL::tsquery` };
    case 'fulltext':
      return {
        match: Prisma.sql`d."searchVector" @@ q.query`,
        // Weights D, C, B, A; normalisation 1 divides by the log of the document length.
        rank: Prisma.sql`ts_rank('{0.1, 0.2, 0.5, 1.0}', d."searchVector", q.query, 1)`,
        query: Prisma.sql`to_tsquery('tandem_search', ${mode.tsquery})`,
      };
    case 'fuzzy':
      return {
        match: Prisma.sql`${mode.text} <% d."searchText"`,
        rank: Prisma.sql`word_similarity(${mode.text}, d."searchText")`,
        query: Prisma.sql`NULL::tsquery`,
      };
  }
}

function headline(mode: MatchMode, text: Prisma.Sql, options: string): Prisma.Sql {
  if (mode.kind !== 'fulltext') return text;
  return Prisma.sql`ts_headline('tandem_search', ${text}, q.query, ${options})`;
}
