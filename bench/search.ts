// Search benchmark: p50/p95 latency of 200 varied search requests (typos, prefixes, synonyms,
// filters, facets) on a generated catalog, for the PostgreSQL adapter on PGlite and on
// PostgreSQL, and on Meilisearch (the server at MEILISEARCH_URL, else a throw-away one from
// scripts/meilisearch.sh when a binary is found), next to a baseline measured in the
// same run on the same database: a plain ILIKE query over titles (no typos, no facets).
// Also: indexing throughput (full reindex, documents/s) and time-to-searchable after an edit
// with the in-process job worker running.
// Usage: pnpm bench:search [--products 10000] [--skip-postgres] [--skip-pglite] [--skip-meilisearch] [--pg-port 55441]
// (with both databases skipped, Meilisearch is measured on the PGlite catalog, against its ILIKE)
import { parseArgs } from 'node:util';
import { reindexAll, storeSearchSettings } from '@tandem/core/search';
import { Prisma, type Database } from '@tandem/db';
import type { SearchEngine } from '@tandem/search';
import { MeilisearchEngine } from '@tandem/search/meilisearch';
import { PostgresSearchEngine } from '@tandem/search/postgres';
import { Cleanup } from './lib/cleanup.ts';
import { flagReader } from './lib/flags.ts';
import { preparePglite, preparePostgres, startPostgres } from './lib/prepare.ts';
import { benchQueries, type BenchQuery } from './lib/search-queries.ts';
import { meilisearchServer } from './lib/meilisearch.ts';
import { timeToSearchable } from './lib/search-freshness.ts';
import { median, percentile } from './lib/stats.ts';

const USAGE = 'Usage: pnpm bench:search [--products 10000] [--skip-postgres] [--skip-pglite] [--skip-meilisearch] [--pg-port 55441] [--edits 10]';
const { values } = parseArgs({ options: { products: { type: 'string' }, 'skip-postgres': { type: 'boolean' }, 'skip-pglite': { type: 'boolean' }, 'skip-meilisearch': { type: 'boolean' }, 'pg-port': { type: 'string' }, edits: { type: 'string' } } });
const flags = flagReader(process.env, USAGE);
const products = Math.round(flags.number('products', values.products, 10_000, 1));
const pgPort = Math.round(flags.number('pg-port', values['pg-port'], 55_441, 1));
const edits = Math.round(flags.number('edits', values.edits, 10, 1));

interface Row {
  target: string;
  p50: number;
  p95: number;
  baselineP50: number | null;
  baselineP95: number | null;
  docsPerSecond: number;
  searchableP50: number | null;
  searchableMax: number | null;
}

async function timeAll(queries: BenchQuery[], run: (q: BenchQuery) => Promise<unknown>): Promise<number[]> {
  for (const query of queries.slice(0, 10)) await run(query); // warm-up
  const times: number[] = [];
  for (const query of queries) {
    const started = performance.now();
    await run(query);
    times.push(performance.now() - started);
  }
  return times;
}

/** The baseline: what a shop without a search engine does — ILIKE on every word, a page and a count. */
async function ilikeSearch(db: Database, query: BenchQuery): Promise<void> {
  const words = query.request.query.split(/\s+/).filter(Boolean);
  const where = Prisma.join([Prisma.sql`p.status = 'ACTIVE'`, ...words.map((w) => Prisma.sql`p.title ILIKE ${`%${w}%`}`)], ' AND ');
  await db.prisma.$queryRaw(Prisma.sql`SELECT p.id, p.slug, p.title, p."minPriceAmount" FROM "Product" p WHERE ${where} ORDER BY p."createdAt" DESC LIMIT 24`);
  await db.prisma.$queryRaw(Prisma.sql`SELECT count(*)::int AS n FROM "Product" p WHERE ${where}`);
}

async function measure(label: string, db: Database, engine: SearchEngine, queries: BenchQuery[], withBaseline: boolean): Promise<Row> {
  await engine.applySettings(storeSearchSettings);
  console.error(`${label}: indexing ${products} products…`);
  const indexed = await indexEverything(db, engine);
  console.error(`${label}: ${indexed.count} documents in ${indexed.seconds.toFixed(1)} s; timing ${queries.length} queries…`);
  const times = await timeAll(queries, (q) => engine.search(q.request));
  const baseline = withBaseline ? await timeAll(queries, (q) => ilikeSearch(db, q)) : null;
  console.error(`${label}: time to searchable after ${edits} edits…`);
  const searchable = (await timeToSearchable(db, engine, edits)).map((edit) => edit.total);
  return {
    target: label,
    p50: median(times),
    p95: percentile(times, 95),
    baselineP50: baseline ? median(baseline) : null,
    baselineP95: baseline ? percentile(baseline, 95) : null,
    docsPerSecond: indexed.count / indexed.seconds,
    searchableP50: median(searchable),
    searchableMax: Math.max(...searchable),
  };
}

/** The full reindex the store runs (`pnpm search:reindex`): on Meilisearch a fresh index swapped in. */
async function indexEverything(db: Database, engine: SearchEngine): Promise<{ count: number; seconds: number }> {
  const result = await reindexAll(db.prisma, engine);
  return { count: result.indexed, seconds: result.seconds };
}

const fmt = (n: number | null, digits = 1) => (n === null ? '—' : n.toFixed(digits));

const cleanup = new Cleanup();
cleanup.onSignals();
const rows: Row[] = [];
try {
  let queries: BenchQuery[] | null = null;
  let pgliteDb: Database | null = null;
  if (!values['skip-pglite']) {
    const prepared = await preparePglite(products);
    cleanup.add('close PGlite', () => prepared.db.close());
    pgliteDb = prepared.db;
    queries = await benchQueries(prepared.db.prisma);
    rows.push(await measure('PostgreSQL adapter on PGlite', prepared.db, new PostgresSearchEngine(prepared.db.prisma), queries, true));
  }
  if (!values['skip-postgres']) {
    const cluster = await startPostgres(pgPort);
    cleanup.add('stop PostgreSQL', () => cluster.stop());
    const prepared = await preparePostgres(cluster, products);
    cleanup.add('close PostgreSQL client', () => prepared.db.close());
    queries ??= await benchQueries(prepared.db.prisma);
    pgliteDb ??= prepared.db;
    rows.push(await measure('PostgreSQL adapter on PostgreSQL 15', prepared.db, new PostgresSearchEngine(prepared.db.prisma), queries, true));
  }
  // Meilisearch alone (--skip-pglite --skip-postgres): the catalog still comes from PGlite, whose
  // ILIKE query is then Meilisearch's baseline in the same run.
  const meiliAlone = !pgliteDb && !values['skip-meilisearch'];
  if (meiliAlone) {
    const prepared = await preparePglite(products);
    cleanup.add('close PGlite', () => prepared.db.close());
    pgliteDb = prepared.db;
    queries = await benchQueries(prepared.db.prisma);
  }
  const meili = values['skip-meilisearch'] ? { url: null, skipped: '--skip-meilisearch' } : await meilisearchServer();
  if (meili.url !== null) cleanup.add('stop Meilisearch', () => meili.stop());
  if (meili.url !== null && pgliteDb && queries) {
    const engine = new MeilisearchEngine({ host: meili.url, apiKey: meili.apiKey, indexUid: `tandem_bench_${products}` });
    rows.push(await measure('Meilisearch', pgliteDb, engine, queries, meiliAlone));
  } else console.error(`Meilisearch: skipped (${meili.url === null ? meili.skipped : 'no catalog: both databases skipped'})`);

  const kinds = new Map<string, number>();
  for (const q of queries ?? []) kinds.set(q.kind, (kinds.get(q.kind) ?? 0) + 1);
  console.log(`\nsearch benchmark: ${products} products, ${queries?.length ?? 0} queries one at a time, all with facets (${[...kinds].map(([k, n]) => `${n} ${k}`).join(', ')})\n`);
  console.log('| target | p50 ms | p95 ms | baseline ILIKE p50 ms | baseline p95 ms | indexing docs/s | edit → searchable p50 ms | max ms |');
  console.log('|---|---:|---:|---:|---:|---:|---:|---:|');
  for (const r of rows) {
    console.log(`| ${r.target} | ${fmt(r.p50)} | ${fmt(r.p95)} | ${fmt(r.baselineP50)} | ${fmt(r.baselineP95)} | ${fmt(r.docsPerSecond, 0)} | ${fmt(r.searchableP50, 0)} | ${fmt(r.searchableMax, 0)} |`);
  }
} finally {
  await cleanup.run();
}
