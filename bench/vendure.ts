// Tandem against Vendure on the same catalog and machine, uncached: listings, category pages and
// product pages, per request. Tandem is the API's production build on a throw-away PostgreSQL with
// the generated catalog (bench/lib/prepare.ts), its read cache and facet cache off; Vendure (3.7,
// production build, its own PostgreSQL, DefaultSearchPlugin) is installed and populated outside the
// repository from the same generated products (bench/README.md, "Vendure") and already running at
// --vendure-url. Equivalent reads on both sides are checked to answer 200 with data, then each kind
// is loaded with autocannon in rounds alternating Tandem → Vendure; the report gives req/s, p50/p99
// and Tandem ÷ Vendure per kind (per-round ratios, then their median) with the load average.
// Usage: pnpm bench:vendure --vendure-url http://127.0.0.1:57801/shop-api [--rounds 3] [--duration 5]
//        [--warmup 2] [--connections 16] [--products 1000] [--port 57804] [--pg-port 57803]
//        [--facet-cache-ttl-ms 0]
//        pnpm bench:vendure --write-vendure-catalog DIR   (products.csv + initial-data.json for populate())
import { execFileSync } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { API_NODE_FLAGS } from '../apps/api/scripts/node-flags.mjs';
import { Cleanup } from './lib/cleanup.ts';
import { startNodeProcess, waitFor, waitUntilSettled } from './lib/child-process.ts';
import { runLoad, type LoadRequest, type LoadResult } from './lib/load.ts';
import { benchDataDir, preparePostgres, repoRoot, startPostgres } from './lib/prepare.ts';
import { categoryPageQueries, productPageQueries } from './lib/queries.ts';
import { writeJson } from './lib/report.ts';
import { median } from './lib/stats.ts';
import { rootCategoryName, writeVendureCatalog } from './lib/vendure-catalog.ts';
import { checkRequests, vendureCategory, vendureListing, vendureProduct, type Side } from './lib/vendure-queries.ts';

const { values: flags } = parseArgs({
  options: {
    'vendure-url': { type: 'string' },
    'write-vendure-catalog': { type: 'string' },
    rounds: { type: 'string', default: '3' },
    duration: { type: 'string', default: '5' },
    warmup: { type: 'string', default: '2' },
    connections: { type: 'string', default: '16' },
    products: { type: 'string', default: '1000' },
    port: { type: 'string', default: '57804' },
    'pg-port': { type: 'string', default: '57803' },
    'facet-cache-ttl-ms': { type: 'string', default: '0' },
  },
});
const PRODUCTS = Number(flags.products);
const ROUNDS = Number(flags.rounds);
const DURATION = Number(flags.duration);
const CONNECTIONS = Number(flags.connections);
const load = () => os.loadavg().map((l) => l.toFixed(2)).join(' ');
const query = (procedure: string, input: unknown) => `/trpc/${procedure}?input=${encodeURIComponent(JSON.stringify(input))}`;

interface Kind {
  name: string;
  tandem: Side;
  vendure: Side;
  rounds: { tandem: LoadResult; vendure: LoadResult; load: number }[];
}

if (flags['write-vendure-catalog']) {
  const dir = path.resolve(flags['write-vendure-catalog']);
  await writeVendureCatalog(PRODUCTS, path.join(dir, 'products.csv'), path.join(dir, 'initial-data.json'));
  process.exit(0);
}
if (!flags['vendure-url']) throw new Error('--vendure-url http://127.0.0.1:57801/shop-api is required (bench/README.md, "Vendure")');
const vendureUrl = new URL(flags['vendure-url']);
const cleanup = new Cleanup();
cleanup.onSignals();

await cleanup.around(async () => {
  execFileSync(process.execPath, ['apps/api/scripts/build.mjs'], { cwd: repoRoot, stdio: 'inherit' });
  const cluster = await startPostgres(Number(flags['pg-port']), path.join(benchDataDir, 'pg-vendure'));
  cleanup.add('stop PostgreSQL', () => cluster.stop());
  const prepared = await preparePostgres(cluster, PRODUCTS);
  const [categories, products] = await Promise.all([categoryPageQueries(prepared.db.prisma), productPageQueries(prepared.db.prisma)]);
  await prepared.db.close();

  const origin = `http://127.0.0.1:${flags.port}`;
  const api = startNodeProcess(cleanup, 'API', [...API_NODE_FLAGS, 'apps/api/dist/main.js'], {
    NODE_ENV: 'production', API_PORT: flags.port!, DATABASE_URL: prepared.url, SEED_DEMO: 'false', LOG_LEVEL: 'warn', SMTP_URL: '',
    MEDIA_DIR: path.join(benchDataDir, 'media'), CATALOG_READ_CACHE_TTL_MS: '0', CATALOG_FACET_CACHE_TTL_MS: flags['facet-cache-ttl-ms']!,
  });
  await waitFor(`${origin}/health`, 'The API', 10 * 60_000);
  await waitUntilSettled(api.child.pid!, 0, 5 * 60_000);

  const tandem = (paths: string[]): Side => ({ origin, requests: paths });
  const vendure = (bodies: string[]): Side => ({
    origin: vendureUrl.origin,
    requests: bodies.map((body): LoadRequest => ({ method: 'POST', path: vendureUrl.pathname, body })),
  });
  const roots = categories.map((c) => (c.input as { category: string }).category);
  const slugs = products.map((p) => (p.input as { slug: string }).slug);
  const kinds: Kind[] = [
    { name: 'listing (first page, 24, facets)', tandem: tandem([query('catalog.list', { limit: 24 })]), vendure: vendure([vendureListing()]), rounds: [] },
    // Vendure names a collection after the root category; its slug is that name slugified.
    { name: `category pages (${roots.length} roots, facets)`, tandem: tandem(categories.map((c) => c.path)), vendure: vendure(roots.map((slug) => vendureCategory(rootCategoryName(slug).toLowerCase().replace(/\s+/g, '-')))), rounds: [] },
    { name: `product pages (${slugs.length} products)`, tandem: tandem(products.map((p) => p.path)), vendure: vendure(slugs.map(vendureProduct)), rounds: [] },
  ];
  for (const kind of kinds) {
    const [t, v] = [await checkRequests(kind.tandem, 'tandem'), await checkRequests(kind.vendure, 'vendure')];
    console.error(`${kind.name}: Tandem ${t}, Vendure ${v}`);
  }

  const loadAtStart = load();
  console.error(`${PRODUCTS} products, ${CONNECTIONS} connections, ${ROUNDS} × ${DURATION} s per side and kind, ${os.cpus().length} CPUs, load ${loadAtStart}`);
  const run = (side: Side, duration: number) => runLoad({ origin: side.origin, paths: side.requests, connections: CONNECTIONS, duration });
  for (const kind of kinds) {
    if (Number(flags.warmup) > 0) for (const side of [kind.tandem, kind.vendure]) await run(side, Number(flags.warmup));
    for (let round = 1; round <= ROUNDS; round++) {
      const t = await run(kind.tandem, DURATION);
      const v = await run(kind.vendure, DURATION);
      for (const [who, r] of [['Tandem', t], ['Vendure', v]] as const) {
        if (r.errors || r.non2xx) throw new Error(`${kind.name}, ${who}: ${r.errors} errors, ${r.non2xx} non-2xx in round ${round}`);
      }
      kind.rounds.push({ tandem: t, vendure: v, load: os.loadavg()[0]! });
      console.error(`${kind.name}, round ${round}/${ROUNDS}: Tandem ${t.rps.toFixed(0)} req/s (p50 ${t.p50} ms), Vendure ${v.rps.toFixed(0)} req/s (p50 ${v.p50} ms), load ${load()}`);
    }
  }
  report(kinds, loadAtStart);
  await writeJson(path.join(import.meta.dirname, 'results/vendure-latest.json'), { at: new Date().toISOString(), products: PRODUCTS, rounds: ROUNDS, durationS: DURATION, connections: CONNECTIONS, loadAverage: { start: loadAtStart, end: load() }, kinds });
  console.log('Written to bench/results/vendure-latest.json');
});

function report(kinds: Kind[], loadAtStart: string): void {
  const med = (kind: Kind, side: 'tandem' | 'vendure', field: 'rps' | 'p50' | 'p99') => median(kind.rounds.map((r) => r[side][field]));
  console.log(`\nUncached reads, Tandem ÷ Vendure (${PRODUCTS} products, ${CONNECTIONS} connections, ${ROUNDS} × ${DURATION} s, load ${loadAtStart} → ${load()})`);
  console.log('| reads | Tandem req/s | p50 / p99 ms | Vendure req/s | p50 / p99 ms | Tandem ÷ Vendure (median of rounds) | per round |');
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | --- |');
  for (const kind of kinds) {
    const ratios = kind.rounds.map((r) => r.tandem.rps / r.vendure.rps);
    console.log(`| ${kind.name} | ${Math.round(med(kind, 'tandem', 'rps'))} | ${med(kind, 'tandem', 'p50')} / ${med(kind, 'tandem', 'p99')} | ${Math.round(med(kind, 'vendure', 'rps'))} | ${med(kind, 'vendure', 'p50')} / ${med(kind, 'vendure', 'p99')} | ${median(ratios).toFixed(2)}× | ${ratios.map((r) => r.toFixed(2)).join(', ')} |`);
  }
}
