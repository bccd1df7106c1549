// API processes benchmark: cached `catalog.list` and `catalog.bySlug` at API_WORKERS=1 and 2 (and
// whatever --workers lists), each the production build on one PostgreSQL with the demo store and
// the read cache on, next to the bare node:http ceiling run as the same number of processes,
// rounds alternating over all targets in one run. The load generator is wrk (one thread), whose
// own CPU use is reported, as it shares the cores with the servers.
// Usage: pnpm bench:workers [--workers 1,2] [--rounds 3] [--duration 5] [--connections 16]
//        [--port 57510] [--pg-port 57509]. Builds the API first; the store lives in .data/bench/pg-workers.
import { execFileSync } from 'node:child_process';
import { rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { openDatabase, type Database } from '@tandem/db';
import { API_NODE_FLAGS } from '../apps/api/scripts/node-flags.mjs';
import { Cleanup } from './lib/cleanup.ts';
import { cpuSecondsOfTree, startNodeProcess, waitFor, waitUntilSettled, type Proc } from './lib/child-process.ts';
import { benchDataDir, repoRoot, startPostgres } from './lib/prepare.ts';
import { writeJson } from './lib/report.ts';
import { median } from './lib/stats.ts';
import { runWrk, wrkAvailable, type WrkResult } from './lib/wrk.ts';

const { values: flags } = parseArgs({
  options: {
    workers: { type: 'string', default: '1,2' },
    rounds: { type: 'string', default: '3' },
    duration: { type: 'string', default: '5' },
    connections: { type: 'string', default: '16' },
    port: { type: 'string', default: '57510' },
    'pg-port': { type: 'string', default: '57509' },
  },
});
const WORKERS = flags.workers!.split(',').map(Number);
const ROUNDS = Number(flags.rounds);
const DURATION = Number(flags.duration);
const CONNECTIONS = Number(flags.connections);
const cleanup = new Cleanup();
cleanup.onSignals();

interface Target {
  label: string;
  kind: 'ceiling' | 'api';
  workers: number;
  origin: string;
  proc: Proc;
  rounds: (WrkResult & { serverCpuS: number; dbTransactionsPerRequest: number })[];
}

const query = (procedure: string, input: unknown) => `/trpc/${procedure}?input=${encodeURIComponent(JSON.stringify(input))}`;

/** Listings and product pages as a shopper's visits ask for them, every one answered 200 first. */
async function cachedReadPaths(origin: string): Promise<Map<string, string>> {
  const listed = (await (await fetch(origin + query('catalog.list', { limit: 24 }))).json()) as { result: { data: { items: { slug: string }[] } } };
  const paths = [query('catalog.list', { limit: 24 }), query('catalog.list', { inStock: true, limit: 12 }), ...listed.result.data.items.map(({ slug }) => query('catalog.bySlug', { slug }))];
  const bodies = new Map<string, string>();
  for (const p of paths) {
    const response = await fetch(origin + p);
    if (!response.ok) throw new Error(`${p} answered ${response.status}`);
    bodies.set(p, await response.text());
  }
  return bodies;
}

async function committedTransactions(db: Database): Promise<number> {
  const rows = await db.prisma.$queryRawUnsafe<{ n: bigint }[]>('SELECT xact_commit + xact_rollback AS n FROM pg_stat_database WHERE datname = current_database()');
  return Number(rows[0]!.n);
}

await cleanup.around(async () => {
  if (!(await wrkAvailable())) throw new Error('wrk is not installed (apt-get install -y wrk)');
  execFileSync(process.execPath, ['apps/api/scripts/build.mjs'], { cwd: repoRoot, stdio: 'inherit' });
  const cluster = await startPostgres(Number(flags['pg-port']), path.join(benchDataDir, 'pg-workers'));
  cleanup.add('stop PostgreSQL', () => cluster.stop());
  const url = new URL(cluster.adminUrl);
  url.pathname = '/workers_demo';
  const admin = await openDatabase({ url: cluster.adminUrl, poolSize: 1 });
  const exists = await admin.prisma.$queryRawUnsafe<unknown[]>("SELECT 1 FROM pg_database WHERE datname = 'workers_demo'");
  if (exists.length === 0) await admin.prisma.$executeRawUnsafe('CREATE DATABASE workers_demo');
  await admin.close();

  let port = Number(flags.port);
  const targets: Target[] = [];
  // The first API start seeds the demo store into the empty database; later ones find it there.
  for (const workers of WORKERS) {
    const origin = `http://127.0.0.1:${port}`;
    // Request logs off: their pipe would be read by this process, on the same two cores.
    const proc = startNodeProcess(cleanup, `API ×${workers}`, [...API_NODE_FLAGS, 'apps/api/dist/main.js'], {
      API_PORT: String(port++), API_WORKERS: String(workers), DATABASE_URL: url.href, LOG_LEVEL: 'warn', SMTP_URL: '', MEDIA_DIR: path.join(benchDataDir, 'media-workers'),
    });
    await waitFor(`${origin}/health`, `The API (${workers} worker(s))`, 10 * 60_000);
    // /health answers once the first worker listens; the others start after it.
    await waitUntilSettled(proc.child.pid!, workers > 1 ? workers : 0, 5 * 60_000);
    targets.push({ label: `API, ${workers} process${workers > 1 ? 'es' : ''}`, kind: 'api', workers, origin, proc, rounds: [] });
  }
  const bodies = await cachedReadPaths(targets[0]!.origin);
  const bodiesFile = path.join(os.tmpdir(), `tandem-ceiling-${process.pid}.json`);
  await writeFile(bodiesFile, JSON.stringify(Object.fromEntries(bodies)));
  cleanup.add('remove ceiling bodies', () => rm(bodiesFile, { force: true }));
  for (const workers of WORKERS) {
    const origin = `http://127.0.0.1:${port}`;
    const proc = startNodeProcess(cleanup, `ceiling ×${workers}`, ['--import', 'tsx', 'bench/lib/ceiling-process.ts', bodiesFile, String(port++), String(workers)], {});
    await waitFor(`${origin}${[...bodies.keys()][0]}`, `The ceiling (${workers})`, 60_000);
    targets.unshift({ label: `ceiling (node:http), ${workers} process${workers > 1 ? 'es' : ''}`, kind: 'ceiling', workers, origin, proc, rounds: [] });
  }
  for (const target of targets.filter((t) => t.kind === 'api')) await cachedReadPaths(target.origin); // every process's cache warm enough to start

  const stats = await openDatabase({ url: url.href, poolSize: 1 });
  cleanup.add('close statistics connection', () => stats.close());
  const loadAtStart = os.loadavg();
  const paths = [...bodies.keys()];
  console.error(`${paths.length} paths, ${CONNECTIONS} connections, ${ROUNDS} × ${DURATION} s per target, ${os.cpus().length} CPUs, load ${loadAtStart.map((l) => l.toFixed(2)).join(' ')}`);
  for (let round = 1; round <= ROUNDS; round++) {
    for (const target of targets) {
      const [cpuBefore, xactsBefore] = [await cpuSecondsOfTree(target.proc.child.pid!), await committedTransactions(stats)];
      const result = await runWrk({ origin: target.origin, paths, connections: CONNECTIONS, duration: DURATION });
      const serverCpuS = (await cpuSecondsOfTree(target.proc.child.pid!)) - cpuBefore;
      const dbTransactionsPerRequest = ((await committedTransactions(stats)) - xactsBefore) / Math.max(1, result.requests);
      if (result.failures) throw new Error(`${target.label}: ${result.failures} failed requests in round ${round}`);
      target.rounds.push({ ...result, serverCpuS, dbTransactionsPerRequest });
      console.error(`round ${round}/${ROUNDS} ${target.label}: ${Math.round(result.rps)} req/s, p50 ${result.p50Ms} ms, server CPU ${serverCpuS.toFixed(1)} s, client CPU ${result.clientCpuS.toFixed(1)} s, ${dbTransactionsPerRequest.toFixed(3)} DB transactions/request`);
    }
  }
  report(targets, loadAtStart);
  await writeJson(path.join(import.meta.dirname, 'results/workers-latest.json'), { at: new Date().toISOString(), rounds: ROUNDS, durationS: DURATION, connections: CONNECTIONS, loadAverage: { start: loadAtStart, end: os.loadavg() }, targets: targets.map(({ proc: _proc, ...t }) => t) });
  console.log('Written to bench/results/workers-latest.json');
});

/** Medians over rounds; ratios are per round (targets measured seconds apart), then their median. */
function report(targets: Target[], loadAtStart: number[]): void {
  const byKey = (kind: Target['kind'], workers: number) => targets.find((t) => t.kind === kind && t.workers === workers)!;
  const perRound = (a: Target, b: Target) => median(a.rounds.map((r, i) => r.rps / b.rounds[i]!.rps));
  const one = WORKERS[0]!;
  console.log(`\nCached catalog reads (load ${loadAtStart.map((l) => l.toFixed(2)).join(' ')} → ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}), ${CONNECTIONS} connections, wrk 1 thread`);
  console.log(`| target | req/s | p50 ms | × ${one} process(es) | % of ceiling (same processes) | server CPU s/round | client CPU % of a core | DB transactions/request |`);
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const t of targets) {
    const ceiling = byKey('ceiling', t.workers);
    console.log(`| ${t.label} | ${Math.round(median(t.rounds.map((r) => r.rps)))} | ${median(t.rounds.map((r) => r.p50Ms)).toFixed(2)} | ${perRound(t, byKey(t.kind, one)).toFixed(2)}× | ${t.kind === 'api' ? `${(100 * perRound(t, ceiling)).toFixed(1)} %` : '100 %'} | ${median(t.rounds.map((r) => r.serverCpuS)).toFixed(1)} | ${(100 * median(t.rounds.map((r) => r.clientCpuS / DURATION))).toFixed(0)} % | ${t.kind === 'api' ? median(t.rounds.map((r) => r.dbTransactionsPerRequest)).toFixed(3) : '–'} |`);
  }
}
