// Autocomplete: completions of the last word from the vocabulary (most common first) after the
// words already typed, plus the best-matching product titles.
import { Prisma, type PrismaClient } from '@tandem/db';
import { MATCH_END, MATCH_START, segmentsFromMarked } from '../highlight.ts';
import type { Suggestions } from '../port.ts';
import { queryWords } from '../query-words.ts';
import { analyseQuery } from './query-analysis.ts';

export async function suggestFromPostgres(prisma: PrismaClient, prefix: string, limit: number): Promise<Suggestions> {
  const words = queryWords(prefix);
  const last = words.at(-1);
  if (!last) return { queries: [], products: [] };
  const head = words.slice(0, -1).join(' ');
  const [terms, analysed] = await Promise.all([
    prisma.$queryRaw<{ term: string }[]>(Prisma.sql`
      SELECT term FROM "SearchTerm"
       WHERE documents > 0 AND term LIKE lower(tandem_unaccent(${last})) || '%'
       ORDER BY documents DESC, length(term), term LIMIT ${limit}`),
    analyseQuery(prisma, prefix),
  ]);
  const products = analysed.tsquery
    ? await prisma.$queryRaw<{ id: string; slug: string; title: string; marked: string }[]>(Prisma.sql`
        WITH q AS (SELECT to_tsquery('tandem_search', ${analysed.tsquery}) AS query)
        SELECT d.id, d.document->>'slug' AS slug, d.document->>'title' AS title,
               ts_headline('tandem_search', d.document->>'title', q.query,
                           ${`StartSel="${MATCH_START}", StopSel="${MATCH_END}", HighlightAll=true`}) AS marked
          FROM "SearchDocument" d, q
         WHERE d."searchVector" @@ q.query
         ORDER BY ts_rank('{0.1, 0.2, 0.5, 1.0}', d."searchVector", q.query, 1) DESC, d.id
         LIMIT ${limit}`)
    : [];
  return {
    queries: terms.map(({ term }) => (head ? `${head} ${term}` : term)),
    products: products.map(({ id, slug, title, marked }) => ({ id, slug, title, titleHighlight: segmentsFromMarked(marked) })),
  };
}
