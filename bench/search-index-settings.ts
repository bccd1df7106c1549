// What Meilisearch's own indexing costs under different index settings (issue #18: ≥ 5,000
// docs/s at 100k). The catalog's documents are built and serialised once, then posted by plain
// HTTP to a fresh index per variant (the rebuild's writes in flight, waiting until all are
// indexed): Meilisearch's own rate, nothing of the store's path. Variants alternate within each
// round, the order rotating per round, so compare the ratios to the baseline of the same run.
// Variants: the store's settings; the same with every filter feature and facet search on (the
// settings before this bench's change); and a floor that searches titles only, with no filters,
// sorts, typos or prefixes — what no setting can go below for these documents. With --only, also
// the store's settings less one thing each (no-prefixes, no-description, no-skus, no-filters). With --alt-env,
// a second server started with those environment variables (Meilisearch's MEILI_* launch
// options, or scripts/meilisearch.sh's MEILISEARCH_MAX_INDEXING_MEMORY) indexes with the store's
// settings too, as the variant "alt", on --alt-port (MEILISEARCH_PORT is the first server's).
// Usage: pnpm bench:search-index-settings [--products 100000] [--rounds 2] [--batch 2000] [--only a,b]
//   [--alt-env "MEILI_MAX_INDEXING_THREADS=2;MEILISEARCH_MAX_INDEXING_MEMORY=1 GiB" --alt-port 57202]
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import type { Settings } from './lib/meilisearch-http.ts';
import { searchDocumentPages, storeSearchSettings } from '@tandem/core/search';
import { meiliSettings, REBUILD_WRITES_IN_FLIGHT, toMeiliProduct } from '@tandem/search/meilisearch';
import { Cleanup } from './lib/cleanup.ts';
import { flagReader } from './lib/flags.ts';
import { meilisearchServer } from './lib/meilisearch.ts';
import { MeilisearchHttp } from './lib/meilisearch-http.ts';
import { preparePglite } from './lib/prepare.ts';
import { median } from './lib/stats.ts';

const USAGE = 'Usage: pnpm bench:search-index-settings [--products 100000] [--rounds 2] [--batch 2000] [--only store,before,floor,alt] [--alt-env "NAME=value;…" --alt-port N]';
const { values } = parseArgs({
  options: { products: { type: 'string' }, rounds: { type: 'string' }, batch: { type: 'string' }, only: { type: 'string' }, 'alt-env': { type: 'string' }, 'alt-port': { type: 'string' } },
});
const flags = flagReader(process.env, USAGE);
const products = Math.round(flags.number('products', values.products, 100_000, 1));
const rounds = Math.round(flags.number('rounds', values.rounds, 2, 1));
const batch = Math.round(flags.number('batch', values.batch, 2_000, 1));

const altEnv = values['alt-env'] ? Object.fromEntries(values['alt-env'].split(';').map((pair) => [pair.slice(0, pair.indexOf('=')), pair.slice(pair.indexOf('=') + 1)])) : null;
const store = meiliSettings(storeSearchSettings);
const variants: Record<string, { label: string; settings: Settings; server?: 'alt' }> = {
  store: { label: 'store settings (this branch)', settings: store },
  before: {
    label: 'every filter feature, facet search on (before)',
    settings: { ...store, facetSearch: true, filterableAttributes: ['categoryPaths', 'brandSlug', 'attributes', 'priceMinAmount', 'bestPriceAmount', 'inStock', 'brandFacet', 'categoryFacets'] },
  },
  // The store's settings less one thing each, to find what the gap to the floor is made of.
  'no-prefixes': { label: 'store settings, prefix search off', settings: { ...store, prefixSearch: 'disabled' } },
  'no-description': { label: 'store settings, description not searched', settings: { ...store, searchableAttributes: without(store.searchableAttributes, 'description') } },
  'no-skus': { label: 'store settings, SKUs not searched', settings: { ...store, searchableAttributes: without(store.searchableAttributes, 'skus') } },
  'no-filters': { label: 'store settings, nothing filterable or sortable', settings: { ...store, filterableAttributes: [], sortableAttributes: [] } },
  floor: {
    label: 'floor: titles searched, nothing else (not usable)',
    settings: {
      searchableAttributes: ['title'], filterableAttributes: [], sortableAttributes: [], facetSearch: false, prefixSearch: 'disabled',
      typoTolerance: { enabled: false }, proximityPrecision: 'byAttribute', rankingRules: ['words', 'exactness'],
    },
  },
  ...(altEnv ? { alt: { label: `store settings, server with ${values['alt-env']}`, settings: store, server: 'alt' as const } } : {}),
};
const names = values.only ? values.only.split(',') : ['store', 'before', 'floor'];
for (const name of names) if (!variants[name]) throw new Error(`unknown variant "${name}"\n${USAGE}`);

const cleanup = new Cleanup();
cleanup.onSignals();
await cleanup.around(async () => {
  const prepared = await preparePglite(products);
  cleanup.add('close PGlite', () => prepared.db.close());
  const bodies: string[] = [];
  let count = 0;
  for await (const page of searchDocumentPages(prepared.db.prisma, { pageSize: batch })) {
    bodies.push(JSON.stringify(page.map(toMeiliProduct)));
    count += page.length;
  }
  const meili = await meilisearchServer();
  if (meili.url === null) throw new Error(`no Meilisearch: ${meili.skipped}`);
  cleanup.add('stop Meilisearch', () => meili.stop());
  const http = new MeilisearchHttp(meili.url, meili.apiKey);
  const servers = { main: http, alt: altEnv ? await altServer(altEnv) : null };

  const rates = new Map<string, number[]>(names.map((name) => [name, []]));
  const loads: string[] = [];
  for (let round = 0; round < rounds; round++) {
    for (let k = 0; k < names.length; k++) {
      const name = names[(round + k) % names.length]!;
      const uid = `bench_settings_${name}_${round}`;
      const server = (variants[name]!.server === 'alt' ? servers.alt : servers.main)!;
      await server.createIndex(uid, variants[name]!.settings);
      const started = performance.now();
      await server.addAll(uid, bodies, REBUILD_WRITES_IN_FLIGHT);
      const seconds = (performance.now() - started) / 1000;
      rates.get(name)!.push(count / seconds);
      await server.deleteIndex(uid);
      loads.push(loadavg()[0]!.toFixed(1));
      console.error(`round ${round + 1}, ${name}: ${seconds.toFixed(1)} s, ${Math.round(count / seconds)} docs/s (load ${loads.at(-1)})`);
    }
  }

  const baseline = rates.get('before') ? median(rates.get('before')!) : null;
  console.log(`\nMeilisearch indexing by settings: ${count} documents as ${bodies.length} writes of ${batch}, ${REBUILD_WRITES_IN_FLIGHT} in flight, ${rounds} rounds alternating; 1-min load ${loads.join(', ')}\n`);
  console.log('| settings | docs/s per round | median docs/s | ÷ before |');
  console.log('|---|---:|---:|---:|');
  for (const name of names) {
    const list = rates.get(name)!;
    const ratio = baseline ? `${(median(list) / baseline).toFixed(2)}×` : '—';
    console.log(`| ${variants[name]!.label} | ${list.map((r) => Math.round(r)).join(' / ')} | ${Math.round(median(list))} | ${ratio} |`);
  }
});

/** The second server, started with the given environment on --alt-port. */
async function altServer(env: Record<string, string>): Promise<MeilisearchHttp> {
  const port = Math.round(flags.number('alt-port', values['alt-port'], 0, 1));
  if (!port) throw new Error(`--alt-env needs --alt-port\n${USAGE}`);
  const alt = await meilisearchServer({ ...process.env, ...env, MEILISEARCH_URL: '', MEILISEARCH_PORT: String(port) });
  if (alt.url === null) throw new Error(`no Meilisearch: ${alt.skipped}`);
  cleanup.add('stop the second Meilisearch', () => alt.stop());
  return new MeilisearchHttp(alt.url, alt.apiKey);
}

function without(list: string[] | null | undefined, name: string): string[] {
  return (list ?? []).filter((item) => item !== name);
}
