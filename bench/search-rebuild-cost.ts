// Where a 100k Meilisearch rebuild's time goes on a machine whose cores the store's processes
// share (issue #18: ≥ 5,000 docs/s end to end). Each variant is a checkout of the store whose
// `pnpm search:reindex` (apps/api/src/cli/search-reindex.ts) is run as its own process against
// the same PostgreSQL catalog and the same Meilisearch server, alternating per round; for each
// run it prints the rebuild's own docs/s, the CPU seconds of the rebuild's process, PostgreSQL
// and Meilisearch (from /proc), and what Meilisearch's batches spent their time on (their
// `progressTrace`, summed per indexing step). `--alone` adds "Meilisearch alone": the same
// documents, built beforehand, posted by plain HTTP (nothing of the store's path), one variant per
// name: `store` (the store's settings first, as the rebuild does), `after` (the documents into an
// index with no settings, then the store's settings), `facets-after` (everything but the filter
// and sort attributes first, those after the documents), `ndjson` and `ndjson-gzip` (the store's
// settings, the writes as NDJSON, plain or compressed beforehand).
// Usage: pnpm bench:search-rebuild-cost [--products 100000] [--pg-port 57410] [--rounds 2] [--alone store,after,facets-after,ndjson,ndjson-gzip]
//   [--variant main=/path/to/a/checkout-of-main] [--variant branch=.]   (MEILISEARCH_PORT for the server)
import { spawn } from 'node:child_process';
import { loadavg } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { searchDocumentPages, storeSearchSettings } from '@tandem/core/search';
import { meiliSettings, REBUILD_WRITES_IN_FLIGHT, toMeiliProduct } from '@tandem/search/meilisearch';
import { Cleanup } from './lib/cleanup.ts';
import { flagReader } from './lib/flags.ts';
import { meilisearchServer } from './lib/meilisearch.ts';
import { MeilisearchHttp, type Settings } from './lib/meilisearch-http.ts';
import { meilisearchBatchesAfter, lastBatchUid, type StepSeconds } from './lib/meilisearch-batches.ts';
import { preparePostgres, repoRoot, startPostgres } from './lib/prepare.ts';
import { finishedChildrenCpu, pidByCommandLine, postgresClusterCpu, processCpu } from './lib/process-cpu.ts';
import { median } from './lib/stats.ts';

const USAGE = 'Usage: pnpm bench:search-rebuild-cost [--products 100000] [--pg-port 57410] [--rounds 2] [--alone store,after,facets-after,ndjson,ndjson-gzip] [--variant name=checkout-dir …]';
const { values } = parseArgs({
  options: { products: { type: 'string' }, 'pg-port': { type: 'string' }, rounds: { type: 'string' }, alone: { type: 'string' }, variant: { type: 'string', multiple: true } },
});
const flags = flagReader(process.env, USAGE);
const products = Math.round(flags.number('products', values.products, 100_000, 1));
const pgPort = Math.round(flags.number('pg-port', values['pg-port'], 55_441, 1));
const rounds = Math.round(flags.number('rounds', values.rounds, 2, 1));
const variants = (values.variant ?? (values.alone ? [] : ['this=.'])).map((spec) => {
  const at = spec.indexOf('=');
  if (at < 1) throw new Error(`--variant is name=checkout-dir\n${USAGE}`);
  return { name: spec.slice(0, at), dir: path.resolve(repoRoot, spec.slice(at + 1)) };
});
const STORE = meiliSettings(storeSearchSettings);
/** Meilisearch alone: the settings an empty index gets, and those applied after the documents. */
interface AloneVariant {
  /** The settings of the fresh index before the first write. */
  first: Settings;
  /** Settings applied once every document is indexed (timed too), or null. */
  after: Settings | null;
  body?: 'ndjson' | 'ndjson-gzip';
}
const ALONE: Record<string, AloneVariant> = {
  store: { first: STORE, after: null },
  ndjson: { first: STORE, after: null, body: 'ndjson' },
  'ndjson-gzip': { first: STORE, after: null, body: 'ndjson-gzip' },
  after: { first: {}, after: STORE },
  'facets-after': {
    first: { ...STORE, filterableAttributes: [], sortableAttributes: [] },
    after: { filterableAttributes: STORE.filterableAttributes, sortableAttributes: STORE.sortableAttributes },
  },
};
const alone = values.alone ? values.alone.split(',') : [];
for (const name of alone) if (!ALONE[name]) throw new Error(`unknown --alone variant "${name}"\n${USAGE}`);
const INDEX = 'bench_rebuild';

interface Run {
  docsPerSecond: number;
  cpu: { rebuild: number; postgres: number; meilisearch: number };
  wall: number;
  batches: number;
  steps: StepSeconds;
  load: number;
}

const cleanup = new Cleanup();
cleanup.onSignals();
await cleanup.around(async () => {
  const cluster = await startPostgres(pgPort);
  cleanup.add('stop PostgreSQL', () => cluster.stop());
  const prepared = await preparePostgres(cluster, products);
  cleanup.add('close PostgreSQL client', () => prepared.db.close());
  const meili = await meilisearchServer();
  if (meili.url === null) throw new Error(`no Meilisearch: ${meili.skipped}`);
  cleanup.add('stop Meilisearch', () => meili.stop());
  const meiliPid = await pidByCommandLine(new URL(meili.url).host);
  if (meiliPid === null) throw new Error(`no process serves ${meili.url}`);
  const http = new MeilisearchHttp(meili.url, meili.apiKey);

  const bodies: string[] = [];
  const ndjson: string[] = [];
  let count = 0;
  if (alone.length) {
    for await (const page of searchDocumentPages(prepared.db.prisma)) {
      count += page.length;
      const documents = page.map(toMeiliProduct);
      bodies.push(JSON.stringify(documents));
      ndjson.push(documents.map((document) => JSON.stringify(document)).join('\n'));
    }
  }
  // Compressed beforehand: what Meilisearch's side of a compressed write costs, not the sender's.
  const gzipped = alone.includes('ndjson-gzip') ? ndjson.map((body) => gzipSync(body, { level: 1 })) : [];
  const ALONE_BODIES = {
    json: { bodies, headers: {} },
    ndjson: { bodies: ndjson, headers: { 'Content-Type': 'application/x-ndjson' } },
    'ndjson-gzip': { bodies: gzipped, headers: { 'Content-Type': 'application/x-ndjson', 'Content-Encoding': 'gzip' } },
  };
  const names = [...variants.map((v) => v.name), ...alone.map((name) => `alone:${name}`)];
  const runs = new Map<string, Run[]>(names.map((name) => [name, []]));
  for (let round = 0; round < rounds; round++) {
    for (let k = 0; k < names.length; k++) {
      const name = names[(round + k) % names.length]!;
      const variant = ALONE[name.replace(/^alone:/, '')];
      const measured = await measure(meili.url, meili.apiKey, meiliPid, cluster.dir, async () => {
        if (!name.startsWith('alone:') || !variant) return rebuildIn(variants.find((v) => v.name === name)!.dir, prepared.url, meili.url, meili.apiKey);
        const sent = ALONE_BODIES[variant.body ?? 'json'];
        return count / (await postAlone(http, `${INDEX}_alone_${round}`, variant, sent.bodies, sent.headers));
      });
      runs.get(name)!.push(measured);
      console.error(`round ${round + 1}, ${name}: ${Math.round(measured.docsPerSecond)} docs/s, CPU s rebuild ${measured.cpu.rebuild.toFixed(1)} / PostgreSQL ${measured.cpu.postgres.toFixed(1)} / Meilisearch ${measured.cpu.meilisearch.toFixed(1)} (load ${measured.load.toFixed(1)})`);
    }
  }
  report(names, runs);
});

/** Posts the bodies to a fresh index set up as `variant` says; resolves to the seconds until all is indexed. */
async function postAlone(http: MeilisearchHttp, uid: string, variant: AloneVariant, bodies: readonly (string | Uint8Array<ArrayBuffer>)[], headers: Record<string, string>): Promise<number> {
  await http.createIndex(uid, variant.first);
  const started = performance.now();
  await http.addAll(uid, bodies, REBUILD_WRITES_IN_FLIGHT, headers);
  if (variant.after) await http.updateSettings(uid, variant.after);
  const seconds = (performance.now() - started) / 1000;
  await http.deleteIndex(uid);
  return seconds;
}

/** Runs `pnpm search:reindex` of the checkout in `dir`; resolves to the docs/s it printed. */
function rebuildIn(dir: string, databaseUrl: string, meiliUrl: string, apiKey: string | undefined): Promise<number> {
  return new Promise((resolve, reject) => {
    const env = { ...process.env, DATABASE_URL: databaseUrl, MEILISEARCH_URL: meiliUrl, MEILISEARCH_API_KEY: apiKey ?? '', MEILISEARCH_INDEX: INDEX };
    const child = spawn(path.join(dir, 'node_modules/.bin/tsx'), ['src/cli/search-reindex.ts'], { cwd: path.join(dir, 'apps/api'), env, stdio: ['ignore', 'ignore', 'pipe'] });
    let output = '';
    child.stderr.on('data', (chunk: Buffer) => (output = (output + chunk.toString()).slice(-4000)));
    child.on('error', reject);
    child.on('exit', (code) => {
      const rate = /\((\d+) docs\/s\)/.exec(output)?.[1];
      if (code === 0 && rate) resolve(Number(rate));
      else reject(new Error(`search:reindex in ${dir} exited with ${code}:\n${output}`));
    });
  });
}

async function measure(meiliUrl: string, apiKey: string | undefined, meiliPid: number, pgDir: string, run: () => Promise<number>): Promise<Run> {
  const afterBatch = await lastBatchUid(meiliUrl, apiKey);
  const before = { rebuild: await finishedChildrenCpu(), postgres: await postgresClusterCpu(pgDir), meilisearch: await processCpu(meiliPid) };
  const started = performance.now();
  const docsPerSecond = await run();
  const wall = (performance.now() - started) / 1000;
  const cpu = {
    rebuild: (await finishedChildrenCpu()) - before.rebuild,
    postgres: (await postgresClusterCpu(pgDir)) - before.postgres,
    meilisearch: (await processCpu(meiliPid)) - before.meilisearch,
  };
  const { batches, steps } = await meilisearchBatchesAfter(meiliUrl, apiKey, afterBatch);
  return { docsPerSecond, cpu, wall, batches, steps, load: loadavg()[0]! };
}

function report(names: string[], runs: Map<string, Run[]>): void {
  const first = median(runs.get(names[0]!)!.map((r) => r.docsPerSecond));
  const loads = [...runs.values()].flat().map((r) => r.load.toFixed(1));
  console.log(`\nMeilisearch rebuild of ${products} products, ${rounds} round(s) alternating; 1-min load after each run ${loads.join(', ')}\n`);
  console.log(`| variant | docs/s per round | median | ÷ ${names[0]} | CPU s: rebuild process | PostgreSQL | Meilisearch | wall s | batches |`);
  console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const name of names) {
    const list = runs.get(name)!;
    const mid = (pick: (r: Run) => number) => median(list.map(pick)).toFixed(1);
    console.log(
      `| ${name} | ${list.map((r) => Math.round(r.docsPerSecond)).join(' / ')} | ${Math.round(median(list.map((r) => r.docsPerSecond)))} | ${(median(list.map((r) => r.docsPerSecond)) / first).toFixed(2)}× | ${mid((r) => r.cpu.rebuild)} | ${mid((r) => r.cpu.postgres)} | ${mid((r) => r.cpu.meilisearch)} | ${mid((r) => r.wall)} | ${mid((r) => r.batches)} |`,
    );
  }
  console.log('\nMeilisearch batches: seconds per indexing step, summed over a run\'s batches (median over rounds), the largest first\n');
  const steps = [...new Set([...runs.values()].flat().flatMap((r) => Object.keys(r.steps)))];
  const total = (step: string) => Math.max(...names.map((name) => median(runs.get(name)!.map((r) => r.steps[step] ?? 0))));
  steps.sort((a, b) => total(b) - total(a));
  console.log(`| step | ${names.join(' | ')} |`);
  console.log(`|---|${names.map(() => '---:').join('|')}|`);
  for (const step of steps.slice(0, 14)) console.log(`| ${step} | ${names.map((name) => median(runs.get(name)!.map((r) => r.steps[step] ?? 0)).toFixed(1)).join(' | ')} |`);
}
