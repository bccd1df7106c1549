// The embedded default SearchEngine: PostgreSQL full-text search (weighted tsvector over an
// accent-folding configuration), pg_trgm for typos and the fuzzy fallback, synonyms and stop
// words from tables. Runs the same on PGlite and on a PostgreSQL server, on the store's own
// database (tables "SearchDocument", "SearchTerm", "SearchSynonym", "SearchStopWord").
import type { PrismaClient } from '@tandem/db';
import { hasMatch, segmentsFromMarked } from '../highlight.ts';
import { DEFAULT_PAGE_SIZE, type SearchDocument, type SearchEngine, type SearchRequest, type SearchEngineStatus, type SearchResult, type SearchSettings, type Suggestions } from '../port.ts';
import { analyseQuery } from './query-analysis.ts';
import { runSearchStatement, type MatchMode, type StatementRow } from './search-statement.ts';
import { replaceSettings } from './settings.ts';
import { suggestFromPostgres } from './suggest.ts';
import { deleteDocuments, registerAttributeSets, shiftVocabulary, upsertDocuments } from './write-documents.ts';

/**
 * A page of a reindex (2,000 documents) builds its tsvectors in the transaction: Prisma's 5 s
 * default is too short on a loaded machine.
 */
const WRITE_TRANSACTION = { maxWait: 10_000, timeout: 60_000 };

/**
 * @example
 * const engine = new PostgresSearchEngine(db.prisma);
 * await engine.search({ query: 'velo', sort: 'price-asc' });
 */
export class PostgresSearchEngine implements SearchEngine {
  readonly name = 'postgres';

  constructor(private readonly prisma: PrismaClient) {}

  applySettings(settings: SearchSettings): Promise<void> {
    return replaceSettings(this.prisma, settings);
  }

  async index(documents: SearchDocument[]): Promise<void> {
    if (!documents.length) return;
    const ids = documents.map((doc) => doc.id);
    await this.prisma.$transaction(async (tx) => {
      await shiftVocabulary(tx, ids, -1);
      await registerAttributeSets(tx, documents);
      await upsertDocuments(tx, documents);
      await shiftVocabulary(tx, ids, 1);
    }, WRITE_TRANSACTION);
  }

  async remove(ids: string[]): Promise<void> {
    if (!ids.length) return;
    await this.prisma.$transaction(async (tx) => {
      await shiftVocabulary(tx, ids, -1);
      await deleteDocuments(tx, ids);
    }, WRITE_TRANSACTION);
  }

  /**
   * Empties the index. The attribute lists stay: the next documents reuse them, and deleting one
   * checks its foreign key by scanning "SearchDocument" (no index on `attributeSetId`), which
   * took minutes for 6,707 lists at 100k products.
   */
  async clear(): Promise<void> {
    await this.prisma.$transaction([
      this.prisma.$executeRawUnsafe('DELETE FROM "SearchDocument"'),
      this.prisma.$executeRawUnsafe('DELETE FROM "SearchTerm"'),
    ]);
  }

  async search(request: SearchRequest): Promise<SearchResult> {
    const page = request.page ?? 1;
    const pageSize = request.pageSize ?? DEFAULT_PAGE_SIZE;
    const analysed = await analyseQuery(this.prisma, request.query);
    let mode: MatchMode = analysed.tsquery ? { kind: 'fulltext', tsquery: analysed.tsquery } : { kind: 'all' };
    let row = await runSearchStatement(this.prisma, request, mode, page, pageSize);
    const didYouMean = analysed.didYouMean;
    // Nothing matched word by word: fall back to trigram word similarity over titles, brands,
    // categories and attributes, which also catches run-together and split words. When the
    // words did match and only the filters left nothing, there is nothing to correct.
    if (row.total === 0 && row.matched === 0 && mode.kind === 'fulltext') {
      mode = { kind: 'fuzzy', text: analysed.text };
      row = await runSearchStatement(this.prisma, request, mode, page, pageSize);
    }
    return { ...toResult(row, page, pageSize, request.facets !== false), didYouMean };
  }

  suggest(prefix: string, limit = 6): Promise<Suggestions> {
    return suggestFromPostgres(this.prisma, prefix, limit);
  }

  /** Writes are transactions that either commit or throw to the caller: nothing pends or fails here. */
  async status(): Promise<SearchEngineStatus> {
    const [row] = await this.prisma.$queryRaw<{ documents: number }[]>`SELECT count(*)::int AS documents FROM "SearchDocument"`;
    return { documents: row?.documents ?? 0, pendingWrites: 0, recentFailures: [] };
  }
}

function toResult(row: StatementRow, page: number, pageSize: number, withFacets: boolean): Omit<SearchResult, 'didYouMean'> {
  const hits = row.hits.map((hit) => {
    const snippet = segmentsFromMarked(hit.snippet ?? '');
    return {
      document: hit.document as SearchDocument,
      titleHighlight: segmentsFromMarked(hit.title ?? ''),
      snippet: hasMatch(snippet) ? snippet : [],
    };
  });
  return {
    hits,
    total: row.total,
    page,
    pageSize,
    facets: withFacets
      ? {
          categories: row.categories ?? [],
          brands: row.brands ?? [],
          attributes: groupAttributes(row.attributes ?? []),
          inStock: row.in_stock ?? 0,
          price: row.price_min === null || row.price_max === null ? null : { min: row.price_min, max: row.price_max },
        }
      : null,
  };
}

function groupAttributes(rows: { name: string; value: string; count: number }[]) {
  const byName = new Map<string, { value: string; label: string; count: number }[]>();
  for (const row of rows) {
    const values = byName.get(row.name) ?? [];
    values.push({ value: row.value, label: row.value, count: row.count });
    byName.set(row.name, values);
  }
  return [...byName].map(([name, values]) => ({ name, values }));
}
