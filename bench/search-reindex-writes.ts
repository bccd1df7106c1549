// The store's own rebuild (reindexAll on PGlite into a fresh Meilisearch index) with different
// numbers of documents per Meilisearch write, alternating within each round with the order
// rotating, so the ratios compare the write sizes under the same load (issue #18).
// Usage: pnpm bench:search-reindex-writes [--products 100000] [--sizes 2000,10000] [--rounds 2]
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { reindexAll } from '@tandem/core/search';
import { MeilisearchEngine } from '@tandem/search/meilisearch';
import { Cleanup } from './lib/cleanup.ts';
import { flagReader } from './lib/flags.ts';
import { meilisearchServer } from './lib/meilisearch.ts';
import { preparePglite } from './lib/prepare.ts';
import { median } from './lib/stats.ts';

const USAGE = 'Usage: pnpm bench:search-reindex-writes [--products 100000] [--sizes 2000,10000] [--rounds 2]';
const { values } = parseArgs({ options: { products: { type: 'string' }, sizes: { type: 'string' }, rounds: { type: 'string' } } });
const flags = flagReader(process.env, USAGE);
const products = Math.round(flags.number('products', values.products, 100_000, 1));
const rounds = Math.round(flags.number('rounds', values.rounds, 2, 1));
const sizes = (values.sizes ?? '2000,10000').split(',').map((size) => Math.round(flags.number('sizes', size, 2_000, 1)));

const cleanup = new Cleanup();
cleanup.onSignals();
await cleanup.around(async () => {
  const prepared = await preparePglite(products);
  cleanup.add('close PGlite', () => prepared.db.close());
  const meili = await meilisearchServer();
  if (meili.url === null) throw new Error(`no Meilisearch: ${meili.skipped}`);
  cleanup.add('stop Meilisearch', () => meili.stop());
  const rates = new Map<number, number[]>(sizes.map((size) => [size, []]));
  const loads: string[] = [];
  for (let round = 0; round < rounds; round++) {
    for (let k = 0; k < sizes.length; k++) {
      const size = sizes[(round + k) % sizes.length]!;
      // A new live uid each time: the rebuild then renames its fresh index, and no old one is left to delete.
      const engine = new MeilisearchEngine({ host: meili.url, apiKey: meili.apiKey, indexUid: `bench_writes_${size}_${round}`, rebuildWriteSize: size });
      const { indexed, seconds } = await reindexAll(prepared.db.prisma, engine);
      rates.get(size)!.push(indexed / seconds);
      loads.push(loadavg()[0]!.toFixed(1));
      console.error(`round ${round + 1}, ${size} per write: ${seconds.toFixed(1)} s, ${Math.round(indexed / seconds)} docs/s (load ${loads.at(-1)})`);
    }
  }
  const baseline = median(rates.get(sizes[0]!)!);
  console.log(`\nreindexAll into Meilisearch by documents per write: ${products} products, ${rounds} rounds alternating; 1-min load ${loads.join(', ')}\n`);
  console.log(`| documents per write | docs/s per round | median docs/s | ÷ ${sizes[0]} |`);
  console.log('|---:|---:|---:|---:|');
  for (const [size, list] of rates) {
    console.log(`| ${size} | ${list.map((r) => Math.round(r)).join(' / ')} | ${Math.round(median(list))} | ${(median(list) / baseline).toFixed(2)}× |`);
  }
});
