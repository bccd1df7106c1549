// Search benchmark: p50/p95 latency of two mixes of 200 search requests on a generated catalog —
// the original bench mix (typos, prefixes, synonyms, filters, facets; two random title words must
// both match, so most of it finds nothing) and the shopper mix (mostly searches that find
// products: lib/shopper-queries.ts), each timed on every target,  for the PostgreSQL adapter on PGlite and on
// PostgreSQL, and on Meilisearch (the server at MEILISEARCH_URL, else a throw-away one from
// scripts/meilisearch.sh when a binary is found), next to a baseline measured in the
// same run on the same database: a plain ILIKE query over titles (no typos, no facets).
// Also: indexing throughput (full reindex, documents/s) and time-to-searchable after an edit
// with the in-process job worker running.
// Usage: pnpm bench:search [--products 10000] [--skip-postgres] [--skip-pglite] [--skip-meilisearch] [--pg-port 55441]
// (with both databases skipped, Meilisearch is measured on the PGlite catalog, against its ILIKE)
import { loadavg } from 'node:os';
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
import { shopperQueries } from './lib/shopper-queries.ts';
import { meilisearchServer } from './lib/meilisearch.ts';
import { timeToSearchable } from './lib/search-freshness.ts';
import { median, percentile } from './lib/stats.ts';

const USAGE = 'Usage: pnpm bench:search [--products 10000] [--skip-postgres] [--skip-pglite] [--skip-meilisearch] [--pg-port 55441] [--edits 10]';
const { values } = parseArgs({ options: { products: { type: 'string' }, 'skip-postgres': { type: 'boolean' }, 'skip-pglite': { type: 'boolean' }, 'skip-meilisearch': { type: 'boolean' }, 'pg-port': { type: 'string' }, edits: { type: 'string' } } });
const flags = flagReader(process.env, USAGE);
const products = Math.round(flags.number('products', values.products, 10_000, 1));
const pgPort = Math.round(flags.number('pg-port', values['pg-port'], 55_441, 1));
const edits = Math.round(flags.number('edits', values.edits, 10, 1));

/** One mix's times on one target. */
interface MixTimes {
  p50: number;
  p95: number;
  baselineP50: number | null;
  baselineP95: number | null;
  /** Share of the mix's searches that found nothing on this target. */
  noHits: number;
}

interface Row {
  target: string;
  mixes: MixTimes[];
  docsPerSecond: number;
  searchableP50: number | null;
  searchableMax: number | null;
}

/** Each query's time and answer, after a warm-up of ten. */
async function timeAll<T>(queries: BenchQuery[], run: (q: BenchQuery) => Promise<T>): Promise<{ times: number[]; answers: T[] }> {
  for (const query of queries.slice(0, 10)) await run(query); // warm-up
  const times: number[] = [];
  const answers: T[] = [];
  for (const query of queries) {
    const started = performance.now();
    answers.push(await run(query));
    times.push(performance.now() - started);
  }
  return { times, answers };
}

/** The baseline: what a shop without a search engine does — ILIKE on every word, a page and a count. */
async function ilikeSearch(db: Database, query: BenchQuery): Promise<void> {
  const words = query.request.query.split(/\s+/).filter(Boolean);
  const where = Prisma.join([Prisma.sql`p.status = 'ACTIVE'`, ...words.map((w) => Prisma.sql`p.title ILIKE ${`%${w}%`}`)], ' AND ');
  await db.prisma.$queryRaw(Prisma.sql`SELECT p.id, p.slug, p.title, p."minPriceAmount" FROM "Product" p WHERE ${where} ORDER BY p."createdAt" DESC LIMIT 24`);
  await db.prisma.$queryRaw(Prisma.sql`SELECT count(*)::int AS n FROM "Product" p WHERE ${where}`);
}

/** The mix on the engine, then its ILIKE baseline on the same database. */
async function timeMix(db: Database, engine: SearchEngine, queries: BenchQuery[], withBaseline: boolean): Promise<MixTimes> {
  const { times, answers } = await timeAll(queries, (q) => engine.search(q.request));
  const baseline = withBaseline ? (await timeAll(queries, (q) => ilikeSearch(db, q))).times : null;
  return {
    p50: median(times),
    p95: percentile(times, 95),
    baselineP50: baseline ? median(baseline) : null,
    baselineP95: baseline ? percentile(baseline, 95) : null,
    noHits: answers.filter((answer) => answer.total === 0).length / answers.length,
  };
}

async function measure(label: string, db: Database, engine: SearchEngine, mixes: BenchQuery[][], withBaseline: boolean): Promise<Row> {
  await engine.applySettings(storeSearchSettings);
  console.error(`${label}: indexing ${products} products…`);
  const indexed = await indexEverything(db, engine);
  console.error(`${label}: ${indexed.count} documents in ${indexed.seconds.toFixed(1)} s; timing ${mixes.map((m) => m.length).join(' + ')} queries…`);
  const times: MixTimes[] = [];
  for (const queries of mixes) times.push(await timeMix(db, engine, queries, withBaseline));
  console.error(`${label}: time to searchable after ${edits} edits…`);
  const searchable = (await timeToSearchable(db, engine, edits)).map((edit) => edit.total);
  return {
    target: label,
    mixes: times,
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

const MIX_NAMES = ['bench mix', 'shopper mix'] as const;

/** The two request mixes, in MIX_NAMES order, from the catalog in `db`. */
async function searchMixes(db: Database): Promise<BenchQuery[][]> {
  return [await benchQueries(db.prisma), await shopperQueries(db.prisma)];
}

const fmt = (n: number | null, digits = 1) => (n === null ? '—' : n.toFixed(digits));

const cleanup = new Cleanup();
cleanup.onSignals();
const rows: Row[] = [];
try {
  let mixes: BenchQuery[][] | null = null;
  let pgliteDb: Database | null = null;
  if (!values['skip-pglite']) {
    const prepared = await preparePglite(products);
    cleanup.add('close PGlite', () => prepared.db.close());
    pgliteDb = prepared.db;
    mixes = await searchMixes(prepared.db);
    rows.push(await measure('PostgreSQL adapter on PGlite', prepared.db, new PostgresSearchEngine(prepared.db.prisma), mixes, true));
  }
  if (!values['skip-postgres']) {
    const cluster = await startPostgres(pgPort);
    cleanup.add('stop PostgreSQL', () => cluster.stop());
    const prepared = await preparePostgres(cluster, products);
    cleanup.add('close PostgreSQL client', () => prepared.db.close());
    mixes ??= await searchMixes(prepared.db);
    pgliteDb ??= prepared.db;
    rows.push(await measure('PostgreSQL adapter on PostgreSQL 15', prepared.db, new PostgresSearchEngine(prepared.db.prisma), mixes, true));
  }
  // Meilisearch alone (--skip-pglite --skip-postgres): the catalog still comes from PGlite, whose
  // ILIKE query is then Meilisearch's baseline in the same run.
  const meiliAlone = !pgliteDb && !values['skip-meilisearch'];
  if (meiliAlone) {
    const prepared = await preparePglite(products);
    cleanup.add('close PGlite', () => prepared.db.close());
    pgliteDb = prepared.db;
    mixes = await searchMixes(prepared.db);
  }
  const meili = values['skip-meilisearch'] ? { url: null, skipped: '--skip-meilisearch' } : await meilisearchServer();
  if (meili.url !== null) cleanup.add('stop Meilisearch', () => meili.stop());
  if (meili.url !== null && pgliteDb && mixes) {
    const engine = new MeilisearchEngine({ host: meili.url, apiKey: meili.apiKey, indexUid: `tandem_bench_${products}` });
    rows.push(await measure('Meilisearch', pgliteDb, engine, mixes, meiliAlone));
  } else console.error(`Meilisearch: skipped (${meili.url === null ? meili.skipped : 'no catalog: both databases skipped'})`);

  console.log(`\nsearch benchmark: ${products} products, queries one at a time, all with facets; 1-min load average ${loadavg()[0]!.toFixed(1)}`);
  MIX_NAMES.forEach((name, m) => {
    const kinds = new Map<string, number>();
    for (const q of mixes?.[m] ?? []) kinds.set(q.kind, (kinds.get(q.kind) ?? 0) + 1);
    console.log(`${name}: ${mixes?.[m]?.length ?? 0} queries (${[...kinds].map(([k, n]) => `${n} ${k}`).join(', ')})`);
  });
  console.log('\n| target | mix | searches with no hits | p50 ms | p95 ms | baseline ILIKE p50 ms | baseline p95 ms | indexing docs/s | edit → searchable p50 ms | max ms |');
  console.log('|---|---|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const r of rows) {
    r.mixes.forEach((t, m) => {
      const once = m === 0 ? [fmt(r.docsPerSecond, 0), fmt(r.searchableP50, 0), fmt(r.searchableMax, 0)] : ['', '', ''];
      console.log(`| ${r.target} | ${MIX_NAMES[m]} | ${Math.round(100 * t.noHits)} % | ${fmt(t.p50)} | ${fmt(t.p95)} | ${fmt(t.baselineP50)} | ${fmt(t.baselineP95)} | ${once.join(' | ')} |`);
    });
  }
} finally {
  await cleanup.run();
}
