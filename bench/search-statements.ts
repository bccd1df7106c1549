// The PostgreSQL search statement against the one it replaced (reference-search-statement.ts),
// on the benchmark catalog: the bench:search request mix, each query run by both statements in
// turn (which goes first alternates), every answer compared (hits in order, totals, facets), and
// p50/p95 of each with their ratio and the load average. Both take the same analysed query and
// the same trigram fallback the engine takes, so only the statement differs.
// Usage: pnpm bench:search-statements [--products 100000] [--pg-port 55441] [--pglite] [--repeat 1]
import { loadavg } from 'node:os';
import { isDeepStrictEqual } from 'node:util';
import { reindexAll, storeSearchSettings } from '@tandem/core/search';
import type { Prisma, PrismaClient } from '@tandem/db';
import type { SearchRequest } from '@tandem/search';
import { PostgresSearchEngine } from '@tandem/search/postgres';
import { analyseQuery, referenceSearchStatement, runStatement, searchStatement, type MatchMode, type StatementRow } from '@tandem/search/postgres/statements';
import { Cleanup } from './lib/cleanup.ts';
import { benchCatalog, benchCatalogArgs } from './lib/prepare.ts';
import { benchQueries } from './lib/search-queries.ts';
import { median, percentile } from './lib/stats.ts';

const { products, pgPort, pglite, repeat } = benchCatalogArgs('bench:search-statements');

type Build = (request: SearchRequest, mode: MatchMode, page: number, pageSize: number) => Prisma.Sql;
const variants: [name: string, build: Build][] = [
  ['before (reference statement)', referenceSearchStatement],
  ['after (searchStatement)', searchStatement],
];

/** One search as the engine runs it: the words, then the trigram fallback when they match nothing. */
async function search(prisma: PrismaClient, build: Build, request: SearchRequest, tsquery: string | null, text: string): Promise<StatementRow> {
  const size = request.pageSize ?? 24;
  const mode: MatchMode = tsquery ? { kind: 'fulltext', tsquery } : { kind: 'all' };
  const row = await runStatement(prisma, build(request, mode, 1, size), mode);
  if (row.total > 0 || row.matched > 0 || mode.kind !== 'fulltext') return row;
  const fuzzy: MatchMode = { kind: 'fuzzy', text };
  return runStatement(prisma, build(request, fuzzy, 1, size), fuzzy);
}

const cleanup = new Cleanup();
cleanup.onSignals();
await cleanup.around(async () => {
  const db = await benchCatalog(products, { pglite, pgPort }, cleanup);
  const engine = new PostgresSearchEngine(db.prisma);
  if ((await engine.status()).documents !== products) {
    await engine.applySettings(storeSearchSettings);
    console.error(`indexing ${products} products…`);
    await reindexAll(db.prisma, engine);
  }
  const queries = await benchQueries(db.prisma);
  const analysed: Awaited<ReturnType<typeof analyseQuery>>[] = [];
  for (const query of queries) analysed.push(await analyseQuery(db.prisma, query.request.query));
  const run = (k: number, i: number) => search(db.prisma, variants[k]![1], queries[i]!.request, analysed[i]!.tsquery, analysed[i]!.text);
  for (let i = 0; i < 10; i++) for (let k = 0; k < variants.length; k++) await run(k, i); // warm-up
  const times = variants.map((): number[] => []);
  const loadBefore = loadavg()[0]!;
  let differing = 0;
  for (let round = 0; round < repeat; round++) {
    for (let i = 0; i < queries.length; i++) {
      const rows: StatementRow[] = [];
      for (let j = 0; j < variants.length; j++) {
        const k = (i + j) % variants.length;
        const started = performance.now();
        rows[k] = await run(k, i);
        times[k]!.push(performance.now() - started);
      }
      if (!isDeepStrictEqual(rows[0], rows[1])) {
        differing++;
        console.error(`answers differ for ${JSON.stringify(queries[i]!.request)}`);
      }
    }
  }
  const loadAfter = loadavg()[0]!;
  const [base] = times;
  console.log(`\nsearch statements on ${pglite ? 'PGlite' : 'PostgreSQL'}: ${products} products, ${queries.length} queries × ${repeat}, alternating per query, load average ${loadBefore.toFixed(1)} → ${loadAfter.toFixed(1)}`);
  console.log(`answers identical: ${queries.length * repeat - differing} of ${queries.length * repeat}\n`);
  console.log('| statement | p50 ms | p95 ms | ÷ before p50 / p95 |');
  console.log('|---|---:|---:|---:|');
  variants.forEach(([name], k) => {
    const list = times[k]!;
    console.log(`| ${name} | ${median(list).toFixed(1)} | ${percentile(list, 95).toFixed(1)} | ${(median(list) / median(base!)).toFixed(2)}× / ${(percentile(list, 95) / percentile(base!, 95)).toFixed(2)}× |`);
  });
  if (differing) process.exitCode = 1;
});
