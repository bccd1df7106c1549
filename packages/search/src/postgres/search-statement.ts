// One search in one SQL statement: the matching documents are materialised once (full-text
// match, or the trigram fallback), then the page (with highlights), the total and every facet
// are read from them. Facets are counted under every filter but their own.
import { Prisma, type PrismaClient } from '@tandem/db';
import { MATCH_END, MATCH_START } from '../highlight.ts';
import type { SearchRequest, SearchSort } from '../port.ts';
import { allFiltersBut, filterPredicates } from './search-filters.ts';

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

const ORDER: Record<SearchSort, string> = {
  relevance: 'd.rank DESC, d."createdAt" DESC, d.id',
  'price-asc': 'd."priceMinAmount" ASC, d.id',
  'price-desc': 'd."priceMinAmount" DESC, d.id',
  newest: 'd."createdAt" DESC, d.id',
  rating: 'd."ratingAverage" DESC NULLS LAST, d."ratingCount" DESC, d.rank DESC, d.id',
  'best-offer': 'd."bestPriceAmount" ASC, d.id',
};

const HEADLINE_TITLE = `StartSel="${MATCH_START}", StopSel="${MATCH_END}", HighlightAll=true`;
const HEADLINE_SNIPPET = `StartSel="${MATCH_START}", StopSel="${MATCH_END}", MaxWords=24, MinWords=12, MaxFragments=1`;

export async function runSearchStatement(
  prisma: PrismaClient,
  request: SearchRequest,
  mode: MatchMode,
  page: number,
  pageSize: number,
): Promise<StatementRow> {
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
  const attributeCondition = predicates.attributes.size
    ? Prisma.sql`CASE split_part(a, '=', 1) ${Prisma.join(
        [...predicates.attributes.keys()].map((name) => Prisma.sql`WHEN ${name} THEN ${allFiltersBut(predicates, { attribute: name })}`),
        ' ',
      )} ELSE ${all} END`
    : all;
  const facets = withFacets
    ? Prisma.sql`,
      (SELECT COALESCE(json_agg(json_build_object('value', path, 'label', label, 'count', n) ORDER BY n DESC, label), '[]'::json)
         FROM (SELECT x.path, x.n,
                      -- The name from any one document in that category (a GIN probe per value).
                      (SELECT names.name FROM "SearchDocument" s,
                              unnest(s."categoryPaths", ARRAY(SELECT jsonb_array_elements_text(s.document->'categoryNames'))) AS names(path, name)
                        WHERE s."categoryPaths" @> ARRAY[x.path] AND names.path = x.path LIMIT 1) AS label
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
                 FROM (SELECT unnest(x.attributes) AS a, x.* FROM m x) d WHERE ${attributeCondition} GROUP BY a) x) AS attributes,
      (SELECT count(*)::int FROM m d WHERE d."inStock" AND ${allFiltersBut(predicates, 'inStock')}) AS in_stock,
      (SELECT min(d."priceMinAmount") FROM m d WHERE ${allFiltersBut(predicates, 'price')}) AS price_min,
      (SELECT max(d."priceMinAmount") FROM m d WHERE ${allFiltersBut(predicates, 'price')}) AS price_max`
    : Prisma.sql`, NULL::json AS categories, NULL::json AS brands, NULL::json AS attributes, NULL::int AS in_stock, NULL::int AS price_min, NULL::int AS price_max`;
  const statement = Prisma.sql`
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
      (SELECT COALESCE(json_agg(json_build_object(
                'document', s.document,
                'title', ${headline(mode, Prisma.sql`s.document->>'title'`, HEADLINE_TITLE)},
                'snippet', ${headline(mode, Prisma.sql`s.document->>'description'`, HEADLINE_SNIPPET)}) ORDER BY page.ord), '[]'::json)
         FROM page JOIN "SearchDocument" s ON s.id = page.id, q) AS hits,
      (SELECT count(*)::int FROM m d WHERE ${all}) AS total,
      (SELECT count(*)::int FROM m) AS matched
      ${facets}`;
  if (mode.kind !== 'fuzzy') return (await prisma.$queryRaw<StatementRow[]>(statement))[0]!;
  // word_similarity is far dearer per row than the planner's cost model says (on PGlite's
  // WebAssembly build above all: a sequential pass over 10k documents takes seconds), so the
  // fuzzy pass always goes through the trigram index.
  const [, rows] = await prisma.$transaction([prisma.$executeRawUnsafe('SET LOCAL enable_seqscan = off'), prisma.$queryRaw<StatementRow[]>(statement)]);
  return rows[0]!;
}

/**
 * A document's category one level below the selected one (a root when none is selected):
 * `categoryPaths` lists its category's ancestors root first, so that is one array element, and
 * no path of every matching document is unnested and compared.
 */
function childCategory(selected: string | null): Prisma.Sql {
  return Prisma.sql`d."categoryPaths"[${depthOf(selected) + 1}]`;
}

/** The document sits below the selected category (every document when none is selected). */
function underCategory(selected: string | null): Prisma.Sql {
  if (selected === null) return Prisma.sql`cardinality(d."categoryPaths") >= 1`;
  return Prisma.sql`d."categoryPaths"[${depthOf(selected)}] = ${selected} AND cardinality(d."categoryPaths") > ${depthOf(selected)}`;
}

const depthOf = (path: string | null): number => (path === null ? 0 : path.split('/').length);

function matchParts(mode: MatchMode): { match: Prisma.Sql; rank: Prisma.Sql; query: Prisma.Sql } {
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
