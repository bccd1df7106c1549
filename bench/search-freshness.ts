// Search freshness benchmark: edit → searchable p50/p99 in ms, for the PostgreSQL adapter and
// for Meilisearch (the server at MEILISEARCH_URL, else a throw-away one from
// scripts/meilisearch.sh) in the same run, on the same PGlite catalog, with the job worker wired
// as in the API (issue #18 target: < 1 s at p99 on Meilisearch).
// Usage: pnpm bench:search-freshness [--products 10000] [--edits 100] [--skip-meilisearch]
import { parseArgs } from 'node:util';
import { reindexAll } from '@tandem/core/search';
import type { Database } from '@tandem/db';
import type { SearchEngine } from '@tandem/search';
import { MeilisearchEngine } from '@tandem/search/meilisearch';
import { PostgresSearchEngine } from '@tandem/search/postgres';
import { Cleanup } from './lib/cleanup.ts';
import { flagReader } from './lib/flags.ts';
import { meilisearchServer } from './lib/meilisearch.ts';
import { preparePglite } from './lib/prepare.ts';
import { timeToSearchable } from './lib/search-freshness.ts';
import { median, percentile } from './lib/stats.ts';

const USAGE = 'Usage: pnpm bench:search-freshness [--products 10000] [--edits 100] [--skip-meilisearch]';
const { values } = parseArgs({ options: { products: { type: 'string' }, edits: { type: 'string' }, 'skip-meilisearch': { type: 'boolean' } } });
const flags = flagReader(process.env, USAGE);
const products = Math.round(flags.number('products', values.products, 10_000, 1));
const edits = Math.round(flags.number('edits', values.edits, 100, 1));

async function measure(label: string, db: Database, engine: SearchEngine): Promise<string> {
  console.error(`${label}: indexing ${products} products…`);
  await reindexAll(db.prisma, engine);
  console.error(`${label}: ${edits} edits…`);
  const timings = await timeToSearchable(db, engine, edits);
  const total = timings.map((t) => t.total);
  const afterCommit = timings.map((t) => t.afterCommit);
  const ms = (n: number) => n.toFixed(0);
  return `| ${label} | ${ms(median(total))} | ${ms(percentile(total, 99))} | ${ms(Math.max(...total))} | ${ms(median(afterCommit))} | ${ms(percentile(afterCommit, 99))} |`;
}

const cleanup = new Cleanup();
cleanup.onSignals();
try {
  const prepared = await preparePglite(products);
  cleanup.add('close PGlite', () => prepared.db.close());
  const rows = [await measure('PostgreSQL adapter on PGlite', prepared.db, new PostgresSearchEngine(prepared.db.prisma))];
  const meili = values['skip-meilisearch'] ? { url: null, skipped: '--skip-meilisearch' } : await meilisearchServer();
  if (meili.url !== null) {
    cleanup.add('stop Meilisearch', () => meili.stop());
    rows.push(await measure('Meilisearch', prepared.db, new MeilisearchEngine({ host: meili.url, apiKey: meili.apiKey, indexUid: `tandem_freshness_${products}` })));
  } else console.error(`Meilisearch: skipped (${meili.skipped})`);
  console.log(`\nsearch freshness: ${products} products, ${edits} title edits one after another, each timed from the update call (and from its commit) until search finds the new word\n`);
  console.log('| engine | edit → searchable p50 ms | p99 ms | max ms | after the commit p50 ms | p99 ms |');
  console.log('|---|---:|---:|---:|---:|---:|');
  for (const row of rows) console.log(row);
} finally {
  await cleanup.run();
}
