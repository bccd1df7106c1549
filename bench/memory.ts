// API memory benchmark: the resident memory of the API process on the demo store, after start,
// at its peak and at the end of each of several load rounds (no growth from round to round is the
// target), for each way of running it, side by side in one run:
//   - "tsx, 160 MB buffers": through tsx with PGlite's own shared_buffers (how it ran before #21);
//   - "built": the production build (node apps/api/dist/main.js), PGlite at its default 16 MB;
//   - "built, heap capped": the same with V8's old space capped as scripts/start.mjs does;
//   - "built, heap capped, PostgreSQL": on DATABASE_URL (--database-url; seeded on first use).
// --skip-pglite leaves the PGlite variants out.
// Usage: pnpm bench:memory [--rounds 3] [--duration 10] [--connections 8] [--database-url URL] [--fresh]
// Builds the API first. The demo store lives in .data/bench/memory (seeded on the first run).
// With --soak SECONDS, instead: the production build as `pnpm start` runs it, on PGlite and then on
// --database-url, each under steady mixed shopper load (listings, product pages, search, cart adds)
// for that long, every process's RSS sampled every --sample-every seconds (default 30): start,
// peak, end and the slope (lib/soak.ts).
// With --variant 'LABEL|NODE ARGS|ENV' (repeatable; e.g. 'arenas 2|--max-old-space-size=256
// apps/api/dist/main.js|MALLOC_ARENA_MAX=2'), instead of the built-in variants (or, with --soak,
// the two databases): those, on --database-url, run in turn --repeat times (A B A B…), so a
// change is measured against its baseline in one session on the same data (bench/README.md).
import { execFileSync } from 'node:child_process';
import { cp, mkdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { API_NODE_FLAGS } from '../apps/api/scripts/node-flags.mjs';
import { Cleanup } from './lib/cleanup.ts';
import { memoryOf, samplePeak, startNodeProcess, stopProcess, waitFor, type Proc } from './lib/child-process.ts';
import { runLoad } from './lib/load.ts';
import { shopperMix, soak, summariseSoak, type SoakSample, type SoakSummary } from './lib/soak.ts';
import { benchDataDir, repoRoot } from './lib/prepare.ts';
import { writeJson } from './lib/report.ts';

const { values: flags } = parseArgs({
  options: {
    rounds: { type: 'string', default: '3' },
    duration: { type: 'string', default: '10' },
    connections: { type: 'string', default: '8' },
    port: { type: 'string', default: '4537' },
    'database-url': { type: 'string' },
    fresh: { type: 'boolean', default: false },
    soak: { type: 'string' },
    'skip-pglite': { type: 'boolean', default: false },
    'sample-every': { type: 'string', default: '30' },
    variant: { type: 'string', multiple: true },
    repeat: { type: 'string', default: '1' },
  },
});
const ROUNDS = Number(flags.rounds);
const DURATION = Number(flags.duration);
const CONNECTIONS = Number(flags.connections);
const origin = `http://127.0.0.1:${flags.port}`;
const dataDir = path.join(benchDataDir, 'memory');
const seededDir = path.join(dataDir, 'pglite-seeded');
/** The V8 heap cap scripts/start.mjs gives the API; the soak runs with whatever flags it gives (AS_STARTED). */
const HEAP_CAP = '--max-old-space-size=256';
const AS_STARTED = [...API_NODE_FLAGS, 'apps/api/dist/main.js'];
const cleanup = new Cleanup();
cleanup.onSignals();

interface Variant {
  name: string;
  args: string[];
  env: Record<string, string>;
}

interface Measured {
  variant: string;
  startRssMb: number;
  /** End of each round, after the server went idle. */
  roundEndRssMb: number[];
  peakRssMb: number;
  requestsPerSecond: number[];
  /** The 1-minute load average when the variant started. */
  load: number;
}

const rssMb = async (proc: Proc) => Math.round((await memoryOf(proc.child.pid!)).rss);

function startApi(variant: Variant): Proc {
  return startNodeProcess(cleanup, `API (${variant.name})`, variant.args, { API_PORT: flags.port!, MEDIA_DIR: path.join(dataDir, 'media'), SMTP_URL: '', DATABASE_URL: '', ...variant.env });
}

/** The paths a shopper's visit asks the API for: listings, product pages, the category tree. */
async function shopperPaths(): Promise<string[]> {
  const query = (procedure: string, input?: unknown) => `/trpc/${procedure}${input === undefined ? '' : `?input=${encodeURIComponent(JSON.stringify(input))}`}`;
  const listed = (await (await fetch(origin + query('catalog.list', { limit: 24 }))).json()) as { result: { data: { items: { slug: string }[] } } };
  const slugs = listed.result.data.items.map((p) => p.slug);
  return [query('catalog.categories'), query('catalog.list', { limit: 24 }), query('catalog.list', { inStock: true, limit: 12 }), ...slugs.map((slug) => query('catalog.bySlug', { slug }))];
}

/** The --variant specs ('LABEL|NODE ARGS|ENV'), on PostgreSQL, in turn, `repeat` times. */
function alternating(specs: string[], repeat: number, databaseUrl: string | undefined): Variant[] {
  if (!databaseUrl) throw new Error('--variant runs on PostgreSQL: pass --database-url');
  const parsed = specs.map((spec) => {
    const [name = spec, args = AS_STARTED.join(' '), env = ''] = spec.split('|');
    const pairs = env.split(/\s+/).filter(Boolean).map((pair) => [pair.slice(0, pair.indexOf('=')), pair.slice(pair.indexOf('=') + 1)] as const);
    return { name, args: args.split(/\s+/).filter(Boolean), env: { DATABASE_URL: databaseUrl, ...Object.fromEntries(pairs) } };
  });
  return Array.from({ length: repeat }, () => parsed).flat();
}

async function measure(variant: Variant): Promise<Measured> {
  const load = os.loadavg()[0]!;
  const api = startApi(variant);
  await waitFor(`${origin}/health`, `The API (${variant.name})`, 10 * 60_000);
  // Start-up work (search rebuild, recommendation jobs) settles first.
  await new Promise((resolve) => setTimeout(resolve, 5_000));
  const startRssMb = await rssMb(api);
  const paths = await shopperPaths();
  const roundEndRssMb: number[] = [];
  const requestsPerSecond: number[] = [];
  for (let round = 1; round <= ROUNDS; round++) {
    const sampler = setInterval(() => void samplePeak(api), 500);
    const result = await runLoad({ origin, paths, connections: CONNECTIONS, duration: DURATION });
    clearInterval(sampler);
    await samplePeak(api);
    if (result.errors || result.non2xx) throw new Error(`${variant.name}: ${result.errors} errors, ${result.non2xx} non-2xx in round ${round}`);
    requestsPerSecond.push(Math.round(result.rps));
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    roundEndRssMb.push(await rssMb(api));
    console.error(`${variant.name}, round ${round}/${ROUNDS}: ${Math.round(result.rps)} req/s, RSS ${roundEndRssMb.at(-1)} MB (peak ${Math.round(api.peakRssMb)} MB)`);
  }
  await stopProcess(api);
  return { variant: variant.name, startRssMb, roundEndRssMb, peakRssMb: Math.round(api.peakRssMb), requestsPerSecond, load };
}

interface Soaked {
  variant: string;
  summary: SoakSummary[];
  samples: SoakSample[];
}

async function soakVariant(variant: Variant, seconds: number): Promise<Soaked> {
  const api = startApi(variant);
  await waitFor(`${origin}/health`, `The API (${variant.name})`, 10 * 60_000);
  await new Promise((resolve) => setTimeout(resolve, 5_000));
  const requests = await shopperMix(origin);
  const sampler = setInterval(() => void samplePeak(api), 1_000);
  try {
    const samples = await soak(origin, [api], requests, seconds, CONNECTIONS, Number(flags['sample-every']));
    await samplePeak(api);
    return { variant: variant.name, samples, summary: summariseSoak(samples, () => api.peakRssMb) };
  } finally {
    clearInterval(sampler);
    await stopProcess(api);
  }
}

function reportSoak(results: Soaked[], seconds: number, load: string): void {
  console.log(`\nSoak: ${seconds} s of mixed shopper load at ${CONNECTIONS} connections per variant (load at start ${load}, at end ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}), RSS MB`);
  console.log('| variant | process | start | peak | end | slope MB/min (all / second half) | req/s min–max |');
  console.log('| --- | --- | --- | --- | --- | --- | --- |');
  for (const r of results) {
    const rates = r.samples.slice(1).map((s) => s.rps);
    for (const s of r.summary) console.log(`| ${r.variant} | ${s.process} | ${s.startMb} | ${Math.round(s.peakMb)} | ${s.endMb} | ${s.slopeMbPerMin.toFixed(2)} / ${s.secondHalfSlopeMbPerMin.toFixed(2)} | ${Math.min(...rates)}–${Math.max(...rates)} |`);
  }
}

await cleanup.around(async () => {
  execFileSync(process.execPath, ['apps/api/scripts/build.mjs'], { cwd: repoRoot, stdio: 'inherit' });
  if (flags.fresh) await rm(dataDir, { recursive: true, force: true });
  await mkdir(dataDir, { recursive: true });
  // Each variant starts from a copy of one seeded store, so none runs on another's leftovers.
  // Seeding (a first start on an empty database) is not measured: it peaks far above serving.
  const seeders: Variant[] = flags['skip-pglite'] ? [] : [{ name: 'seeding PGlite', args: ['apps/api/dist/main.js'], env: { PGLITE_DATA_DIR: seededDir } }];
  if (flags['database-url']) seeders.push({ name: 'seeding PostgreSQL', args: ['apps/api/dist/main.js'], env: { DATABASE_URL: flags['database-url'] } });
  for (const seeder of seeders) {
    const seeding = startApi(seeder);
    await waitFor(`${origin}/health`, `The API (${seeder.name})`, 10 * 60_000);
    await stopProcess(seeding);
  }
  const copyOf = async (name: string) => {
    const copy = path.join(dataDir, `pglite-${name}`);
    await rm(copy, { recursive: true, force: true });
    await cp(seededDir, copy, { recursive: true });
    return copy;
  };
  if (flags.soak) {
    const seconds = Number(flags.soak);
    const soakVariants: Variant[] = flags['skip-pglite'] ? [] : [{ name: 'as pnpm start, PGlite', args: AS_STARTED, env: { PGLITE_DATA_DIR: await copyOf('soak') } }];
    if (flags['database-url']) soakVariants.push({ name: 'as pnpm start, PostgreSQL', args: AS_STARTED, env: { DATABASE_URL: flags['database-url'] } });
    if (flags.variant?.length) soakVariants.splice(0, soakVariants.length, ...alternating(flags.variant, Number(flags.repeat), flags['database-url']));
    const load = os.loadavg().map((l) => l.toFixed(2)).join(' ');
    const soaked: Soaked[] = [];
    for (const variant of soakVariants) soaked.push(await soakVariant(variant, seconds));
    reportSoak(soaked, seconds, load);
    await writeJson(path.join(import.meta.dirname, 'results/memory-soak-latest.json'), { at: new Date().toISOString(), seconds, connections: CONNECTIONS, loadAverage: os.loadavg(), results: soaked });
    console.log('Written to bench/results/memory-soak-latest.json');
    return;
  }
  const variants: Variant[] = flags['skip-pglite']
    ? []
    : [
        { name: 'tsx, 160 MB buffers', args: ['--import', 'tsx', 'apps/api/src/main.ts'], env: { PGLITE_DATA_DIR: await copyOf('tsx'), PGLITE_SHARED_BUFFERS: '160MB' } },
        { name: 'built', args: ['apps/api/dist/main.js'], env: { PGLITE_DATA_DIR: await copyOf('built') } },
        { name: 'built, heap capped', args: [HEAP_CAP, 'apps/api/dist/main.js'], env: { PGLITE_DATA_DIR: await copyOf('capped') } },
      ];
  if (flags['database-url']) variants.push({ name: 'built, heap capped, PostgreSQL', args: [HEAP_CAP, 'apps/api/dist/main.js'], env: { DATABASE_URL: flags['database-url'] } });
  if (flags.variant?.length) variants.splice(0, variants.length, ...alternating(flags.variant, Number(flags.repeat), flags['database-url']));
  const load = os.loadavg().map((l) => l.toFixed(2)).join(' ');
  console.error(`${ROUNDS} rounds of ${DURATION} s at ${CONNECTIONS} connections per variant, ${os.cpus().length} CPUs, load ${load}`);
  const results: Measured[] = [];
  for (const variant of variants) results.push(await measure(variant));

  console.log(`\nAPI resident memory on the demo store, MB (load at start ${load}, at end ${os.loadavg().map((l) => l.toFixed(2)).join(' ')})`);
  console.log('| variant | load | after start | peak | end of each round | req/s per round |');
  console.log('| --- | --- | --- | --- | --- | --- |');
  for (const r of results) console.log(`| ${r.variant} | ${r.load.toFixed(1)} | ${r.startRssMb} | ${r.peakRssMb} | ${r.roundEndRssMb.join(' → ')} | ${r.requestsPerSecond.join(' / ')} |`);
  await writeJson(path.join(import.meta.dirname, 'results/memory-latest.json'), { at: new Date().toISOString(), rounds: ROUNDS, durationS: DURATION, connections: CONNECTIONS, loadAverage: os.loadavg(), results });
  console.log('Written to bench/results/memory-latest.json');
});
