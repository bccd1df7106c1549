// Storefront SSR benchmark: requests/s and latency of a product page and a category page rendered
// by the built storefront (adapter-node) from the real API on the demo store, next to the same
// HTML served as a static file by the same Node server (sirv, which serves build/client) in the
// same run, rounds alternating. Also reports every process's resident memory, peak and at the end.
// Usage: pnpm bench:storefront [--rounds 3] [--duration 5] [--connections 16] [--fresh] [--no-page-cache]
// The storefront runs from its server entry (apps/storefront/serve.js) with its page cache on
// (PAGE_CACHE_TTL_MS=5000); --no-page-cache: every request renders.
// Needs `pnpm --filter @tandem/storefront build`. The demo store lives in .data/bench/storefront
// (seeded on the first run, about a minute; --fresh starts it over).
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { API_NODE_FLAGS } from '../apps/api/scripts/node-flags.mjs';
import { Cleanup } from './lib/cleanup.ts';
import { memoryOf, samplePeak, startNodeProcess, waitFor } from './lib/child-process.ts';
import { runLoad, type LoadResult } from './lib/load.ts';
import { benchDataDir, repoRoot } from './lib/prepare.ts';
import { writeJson } from './lib/report.ts';
import { median } from './lib/stats.ts';

const { values: flags } = parseArgs({
  options: {
    rounds: { type: 'string', default: '3' },
    duration: { type: 'string', default: '5' },
    connections: { type: 'string', default: '16' },
    'api-port': { type: 'string', default: '4530' },
    'storefront-port': { type: 'string', default: '3530' },
    fresh: { type: 'boolean', default: false },
    'no-page-cache': { type: 'boolean', default: false },
  },
});
const ROUNDS = Number(flags.rounds);
const DURATION = Number(flags.duration);
const CONNECTIONS = Number(flags.connections);
const PAGE_CACHE = !flags['no-page-cache'];
const apiOrigin = `http://127.0.0.1:${flags['api-port']}`;
const storefrontOrigin = `http://127.0.0.1:${flags['storefront-port']}`;
const dataDir = path.join(benchDataDir, 'storefront');
const storefrontBuild = path.join(repoRoot, 'apps/storefront/build');
const staticDir = path.join(storefrontBuild, 'client', '__bench');
const cleanup = new Cleanup();
cleanup.onSignals();

async function trpcQuery<T>(procedure: string, input: unknown): Promise<T> {
  const response = await fetch(`${apiOrigin}/trpc/${procedure}?input=${encodeURIComponent(JSON.stringify(input))}`);
  if (!response.ok) throw new Error(`${procedure}: HTTP ${response.status}`);
  return ((await response.json()) as { result: { data: T } }).result.data;
}

await cleanup.around(async () => {
  if (!existsSync(path.join(storefrontBuild, 'handler.js'))) throw new Error('No storefront build: run `pnpm --filter @tandem/storefront build` first.');
  if (flags.fresh) await rm(dataDir, { recursive: true, force: true });
  await mkdir(dataDir, { recursive: true });
  const secret = randomBytes(32).toString('base64url');
  // The API as `pnpm start` runs it: its production build with the same V8 flags.
  execFileSync(process.execPath, ['apps/api/scripts/build.mjs'], { cwd: repoRoot, stdio: 'inherit' });
  const api = startNodeProcess(cleanup, 'API', [...API_NODE_FLAGS, 'apps/api/dist/main.js'], {
    API_PORT: String(flags['api-port']),
    PGLITE_DATA_DIR: path.join(dataDir, 'pglite'),
    MEDIA_DIR: path.join(dataDir, 'media'),
    DATABASE_URL: '',
    INTERNAL_API_SECRET: secret,
    STOREFRONT_URL: storefrontOrigin,
    API_PUBLIC_URL: apiOrigin,
    SMTP_URL: '',
  });
  const since = performance.now();
  await waitFor(`${apiOrigin}/health`, 'The API', 10 * 60_000);
  console.error(`API ready in ${((performance.now() - since) / 1000).toFixed(1)} s (${path.relative(repoRoot, dataDir)})`);
  const startStorefront = async () => {
    const proc = startNodeProcess(cleanup, 'storefront', [path.join(repoRoot, 'apps/storefront/serve.js')], { PORT: String(flags['storefront-port']), HOST: '127.0.0.1', API_URL: apiOrigin, ORIGIN: storefrontOrigin, INTERNAL_API_SECRET: secret, PUBLIC_STORE_URL: storefrontOrigin, PAGE_CACHE_TTL_MS: PAGE_CACHE ? '5000' : '0' });
    await waitFor(`${storefrontOrigin}/`, 'The storefront', 60_000);
    return proc;
  };
  const first = await startStorefront();

  // The pages: the first in-stock product of the listing, and its category.
  const list = await trpcQuery<{ items: { slug: string }[] }>('catalog.list', { inStock: true, limit: 1 });
  const slug = list.items[0]?.slug;
  if (!slug) throw new Error('The demo catalog lists no product');
  const product = await trpcQuery<{ category: { path: string } }>('catalog.bySlug', { slug });
  const pages = [
    { name: 'product page', ssr: `/p/${slug}`, static: '/__bench/product.html' },
    { name: 'category page', ssr: `/c/${product.category.path}`, static: '/__bench/category.html' },
  ];
  await mkdir(staticDir, { recursive: true });
  cleanup.add('remove the static copies', () => rm(staticDir, { recursive: true, force: true }));
  for (const page of pages) {
    const response = await fetch(`${storefrontOrigin}${page.ssr}`);
    if (!response.ok) throw new Error(`${page.ssr}: HTTP ${response.status}`);
    await writeFile(path.join(storefrontBuild, 'client', page.static), await response.text());
  }
  // sirv lists build/client when the server starts: start it again to serve the copies.
  first.child.kill('SIGTERM');
  await new Promise((resolve) => first.child.once('exit', resolve));
  const storefront = await startStorefront();
  for (const page of pages) {
    const copy = await fetch(`${storefrontOrigin}${page.static}`);
    if (!copy.ok) throw new Error(`The static copy ${page.static} is not served: HTTP ${copy.status}`);
  }

  // Each page alone, one request at a time: what one render costs before any load.
  const alone = new Map<string, number>();
  for (const page of pages) {
    for (const kind of ['ssr', 'static'] as const) {
      const times: number[] = [];
      for (let i = 0; i < 7; i++) {
        const t = performance.now();
        const response = await fetch(`${storefrontOrigin}${page[kind]}`);
        await response.text();
        if (!response.ok) throw new Error(`${page[kind]}: HTTP ${response.status}`);
        times.push(performance.now() - t);
      }
      alone.set(`${page.name} ${kind}`, median(times));
    }
  }

  const procs = [api, storefront];
  const sampleMemory = async () => {
    for (const p of procs) await samplePeak(p);
  };
  const results = new Map<string, LoadResult[]>();
  const record = (key: string, r: LoadResult) => results.set(key, [...(results.get(key) ?? []), r]);
  const load = (p: string) => runLoad({ origin: storefrontOrigin, paths: [p], connections: CONNECTIONS, duration: DURATION });
  console.error(`Warm-up, then ${ROUNDS} × ${DURATION} s rounds per target, ${CONNECTIONS} connections, page cache ${PAGE_CACHE ? 'on' : 'off'}, ${os.cpus().length} CPUs, load ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}`);
  for (const page of pages) await runLoad({ origin: storefrontOrigin, paths: [page.ssr], connections: CONNECTIONS, duration: 2 });
  for (let round = 1; round <= ROUNDS; round++) {
    for (const page of pages) {
      for (const kind of ['ssr', 'static'] as const) {
        const r = await load(page[kind]);
        record(`${page.name} ${kind}`, r);
        await sampleMemory();
        console.error(`round ${round}/${ROUNDS} ${page.name} ${kind === 'ssr' ? 'SSR' : 'static'}: ${Math.round(r.rps)} req/s, p50 ${r.p50} ms, p99 ${r.p99} ms${r.non2xx || r.errors ? `, ${r.non2xx} non-2xx, ${r.errors} errors` : ''}`);
      }
    }
  }

  const rows = pages.map((page) => {
    const ssr = results.get(`${page.name} ssr`)!;
    const stat = results.get(`${page.name} static`)!;
    const rps = median(ssr.map((r) => r.rps));
    const staticRps = median(stat.map((r) => r.rps));
    return { page: page.name, path: page.ssr, ssrAloneMs: Math.round(alone.get(`${page.name} ssr`)! * 10) / 10, staticAloneMs: Math.round(alone.get(`${page.name} static`)! * 10) / 10, ssrRps: Math.round(rps), ssrP50: median(ssr.map((r) => r.p50)), ssrP99: median(ssr.map((r) => r.p99)), staticRps: Math.round(staticRps), percentOfStatic: (100 * rps) / staticRps, errors: ssr.reduce((n, r) => n + r.errors + r.non2xx, 0) };
  });
  const memory = await Promise.all(procs.map(async (p) => ({ process: p.name, endRssMb: p.child.pid ? Math.round((await memoryOf(p.child.pid)).rss) : 0, peakRssMb: Math.round(p.peakRssMb) })));

  console.log('\npage            path                                    alone ms (SSR / static)  SSR req/s  p50 ms  p99 ms  static req/s  SSR % of static  errors');
  for (const r of rows) {
    console.log(`${r.page.padEnd(15)} ${r.path.padEnd(39)} ${`${r.ssrAloneMs} / ${r.staticAloneMs}`.padStart(23)}  ${String(r.ssrRps).padStart(9)}  ${String(r.ssrP50).padStart(6)}  ${String(r.ssrP99).padStart(6)}  ${String(r.staticRps).padStart(12)}  ${r.percentOfStatic.toFixed(2).padStart(14)} %  ${r.errors}`);
  }
  if (rows.some((r) => r.ssrRps === 0)) console.log('A target finished no request within a round: make rounds longer (--duration) or the machine quieter.');
  console.log('\nprocess      peak RSS MB  end RSS MB');
  for (const m of memory) console.log(`${m.process.padEnd(12)} ${String(m.peakRssMb).padStart(11)}  ${String(m.endRssMb).padStart(10)}`);
  await writeJson(path.join(import.meta.dirname, 'results/storefront-latest.json'), { at: new Date().toISOString(), pageCache: PAGE_CACHE, rounds: ROUNDS, durationS: DURATION, connections: CONNECTIONS, loadAverage: os.loadavg(), pages: rows, memory });
  console.log('Written to bench/results/storefront-latest.json');
});
