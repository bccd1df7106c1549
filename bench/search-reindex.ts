// Where a full Meilisearch reindex spends its time (issue #18 target: ≥ 5,000 docs/s at 100k):
// the same catalog is (1) built into documents page by page (the set-based SQL statement and
// the shaping in @tandem/core/search), (2) serialised as Meilisearch's JSON, (3) sent to a fresh
// index by plain HTTP with the writes in flight the rebuild allows, waiting until Meilisearch
// has indexed it all — Meilisearch's own rate, with nothing to build — and (4) rebuilt end to
// end by reindexAll, the store's own path. All four in one run, so read the ratios.
// Usage: pnpm bench:search-reindex [--products 10000] [--batch 2000]
import { parseArgs } from 'node:util';
import { reindexAll, searchDocumentPages, storeSearchSettings } from '@tandem/core/search';
import type { SearchDocument } from '@tandem/search/port';
import { meiliSettings, MeilisearchEngine, REBUILD_WRITES_IN_FLIGHT, toMeiliProduct } from '@tandem/search/meilisearch';
import { Cleanup } from './lib/cleanup.ts';
import { flagReader } from './lib/flags.ts';
import { meilisearchServer } from './lib/meilisearch.ts';
import { MeilisearchHttp } from './lib/meilisearch-http.ts';
import { preparePglite } from './lib/prepare.ts';

const USAGE = 'Usage: pnpm bench:search-reindex [--products 10000] [--batch 2000]';
const { values } = parseArgs({ options: { products: { type: 'string' }, batch: { type: 'string' } } });
const flags = flagReader(process.env, USAGE);
const products = Math.round(flags.number('products', values.products, 10_000, 1));
const batch = Math.round(flags.number('batch', values.batch, 2_000, 1));

const seconds = async <T>(run: () => Promise<T>): Promise<[T, number]> => {
  const started = performance.now();
  const result = await run();
  return [result, (performance.now() - started) / 1000];
};

const cleanup = new Cleanup();
cleanup.onSignals();
try {
  const prepared = await preparePglite(products);
  cleanup.add('close PGlite', () => prepared.db.close());
  const meili = await meilisearchServer();
  if (meili.url === null) throw new Error(`no Meilisearch: ${meili.skipped}`);
  cleanup.add('stop Meilisearch', () => meili.stop());
  const prisma = prepared.db.prisma;

  const [pages, buildSeconds] = await seconds(async () => {
    const all: SearchDocument[][] = [];
    for await (const documents of searchDocumentPages(prisma, { pageSize: batch })) all.push(documents);
    return all;
  });
  const count = pages.reduce((n, page) => n + page.length, 0);
  const [bodies, serialiseSeconds] = await seconds(async () => pages.map((page) => JSON.stringify(page.map(toMeiliProduct))));

  const http = new MeilisearchHttp(meili.url, meili.apiKey);
  await http.createIndex('bench_raw', meiliSettings(storeSearchSettings));
  const [, meiliSeconds] = await seconds(() => http.addAll('bench_raw', bodies, REBUILD_WRITES_IN_FLIGHT));

  const full = await reindexAll(prisma, new MeilisearchEngine({ host: meili.url, apiKey: meili.apiKey, indexUid: 'bench_products' }), { batchSize: batch });

  const rate = (n: number, s: number) => Math.round(n / s).toLocaleString('en');
  console.log(`\nMeilisearch reindex, ${count} documents, ${batch} per page (${bodies.reduce((n, b) => n + b.length, 0) / 1e6} MB of JSON)`);
  console.log('| step | s | docs/s |');
  console.log('|---|---:|---:|');
  console.log(`| build documents (SQL + shaping, PGlite) | ${buildSeconds.toFixed(1)} | ${rate(count, buildSeconds)} |`);
  console.log(`| serialise as Meilisearch JSON | ${serialiseSeconds.toFixed(1)} | ${rate(count, serialiseSeconds)} |`);
  console.log(`| Meilisearch alone (send + index, ${REBUILD_WRITES_IN_FLIGHT} in flight) | ${meiliSeconds.toFixed(1)} | ${rate(count, meiliSeconds)} |`);
  console.log(`| reindexAll end to end | ${full.seconds.toFixed(1)} | ${rate(full.indexed, full.seconds)} |`);
} finally {
  await cleanup.run();
}
