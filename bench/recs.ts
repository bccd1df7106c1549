// Recommendation benchmark: loads a synthetic behaviour log, times the full rebuild, times the
// incremental update after a batch of new events, then measures serving latency over HTTP next
// to `catalog.bySlug` in the same run (bench/lib/recs-latency.ts).
//   pnpm bench:recs           demo store on embedded PGlite (223 products, 400 visitors)
//   pnpm bench:recs --scale   10k products (bench_10k), 10k customers, ~1M events on PostgreSQL
//   pnpm bench:recs --history online-retail.csv.gz   a real shop's log imported into PostgreSQL
// Flags: see bench/README.md.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { recomputeRecommendations, type RecomputeResult } from '@tandem/core/personalization';
import { loadDemoBehaviour } from '@tandem/demo';
import { applyPendingMigrations, openDatabase, type Database } from '@tandem/db';
import { seedDemoCatalog } from '@tandem/db/seed';
import { Cleanup } from './lib/cleanup.ts';
import { benchMediaDir, preparePglite, preparePostgres, startPostgres } from './lib/prepare.ts';
import { measureRecommendationLatency } from './lib/recs-latency.ts';
import { benchHistory } from './lib/recs-history.ts';
import { startApiServer } from './lib/servers.ts';

const { values } = parseArgs({
  options: {
    requests: { type: 'string', default: '200' },
    rounds: { type: 'string', default: '3' },
    scale: { type: 'boolean' },
    pglite: { type: 'boolean' },
    'pg-port': { type: 'string', default: '55442' },
    customers: { type: 'string' },
    days: { type: 'string', default: '170' },
    sessions: { type: 'string' },
    'new-events': { type: 'string' },
    history: { type: 'string' },
  },
});
const scale = values.scale === true;
const customers = Number(values.customers ?? (scale ? 10_000 : 400));
const sessions = (values.sessions ?? (scale ? '2,32' : '2,10')).split(',').map(Number) as [number, number];
const newEvents = Number(values['new-events'] ?? (scale ? 10_000 : 500));
const cleanup = new Cleanup();
cleanup.onSignals();
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

async function scaleDatabase(): Promise<{ db: Database; label: string }> {
  if (values.pglite) {
    const { db } = await preparePglite(10_000);
    cleanup.add('close PGlite', () => db.close());
    return { db, label: 'PGlite, generated 10k catalog' };
  }
  const cluster = await startPostgres(Number(values['pg-port']));
  cleanup.add('stop PostgreSQL', () => cluster.stop());
  const { db } = await preparePostgres(cluster, 10_000);
  cleanup.add('close PostgreSQL client', () => db.close());
  return { db, label: 'PostgreSQL 15, generated 10k catalog' };
}

async function demoDatabase(): Promise<{ db: Database; label: string }> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'tandem-bench-recs-'));
  cleanup.add('remove PGlite directory', () => rm(dataDir, { recursive: true, force: true }));
  const db = await openDatabase({ dataDir });
  cleanup.add('close PGlite', () => db.close());
  await applyPendingMigrations(db.adapterFactory);
  await seedDemoCatalog(db.prisma, { mediaDir: benchMediaDir });
  return { db, label: 'demo store on PGlite' };
}

/** Prints each stage as it starts, with the time the previous one took. */
function stageTimer() {
  let last: { stage: string; at: number } | null = null;
  const times: string[] = [];
  const mark = (stage: string | null) => {
    if (last) times.push(`${last.stage} ${seconds(performance.now() - last.at)}`);
    last = stage ? { stage, at: performance.now() } : null;
  };
  return {
    progress: (p: { stage: string; done: number; total: number }) => {
      mark(p.stage);
      console.error(`  ${p.stage} (${p.done}/${p.total})`);
    },
    /** "stage 1.2 s, …" once the run is over (the last stage ends with the run). */
    summary: () => (mark(null), times.join(', ')),
  };
}
const describe = (r: RecomputeResult) => `${seconds(r.ms)} (${r.events} events, ${r.rewrittenProducts} neighbour lists rewritten, ${r.visitors} for-you lists, ${r.neighbours} neighbour rows)`;

function printLatency(latency: Awaited<ReturnType<typeof measureRecommendationLatency>>) {
  console.log(`${Number(values.rounds)} rounds × ${Number(values.requests)} interleaved sequential requests per procedure over HTTP (forYou over ${latency.visitors} visitors with lists); medians over rounds; load average ${latency.loads.map((l) => l.toFixed(1)).join(' / ')}\n`);
  console.log('| procedure | p50 ms | p95 ms | p99 ms | p95 vs `catalog.bySlug` |');
  console.log('|---|---:|---:|---:|---:|');
  for (const row of latency.rows) console.log(`| \`${row.name}\` | ${row.p50.toFixed(1)} | ${row.p95.toFixed(1)} | ${row.p99.toFixed(1)} | ${row.p95VsBaseline.toFixed(2)}× |`);
}

async function historyRun(file: string) {
  const result = await benchHistory(file, { pgPort: Number(values['pg-port']), requests: Number(values.requests), rounds: Number(values.rounds), cleanup, rebuildStages: stageTimer() });
  console.log(`\n${result.label}; load average after the run ${os.loadavg().map((l) => l.toFixed(1)).join(' / ')}\n`);
  console.log('| step | time | what it did |\n|---|---:|---|');
  for (const s of result.steps) console.log(`| ${s.step} | ${seconds(s.ms)} | ${s.did} |`);
  console.log(`\nrebuild stages: ${result.rebuildStages}\n`);
  const { tiers, untiered, concentration } = result.tiers;
  const pct = (share: number) => `${(share * 100).toFixed(1)} %`;
  console.log(`tiers: ${tiers.map((t) => `${t.label} ${t.customers} customers, ${pct(t.revenueShare)} of revenue`).join('; ')}; no tier ${untiered.customers}; the top ${pct(concentration.topShare)} (${concentration.topCustomers} customers) bring ${pct(concentration.revenueShare)} of revenue\n`);
  printLatency(result.latency);
}

try {
  if (values.history) await historyRun(values.history);
  else await syntheticRun();
} finally {
  await cleanup.run();
}

async function syntheticRun() {
  const { db, label } = scale ? await scaleDatabase() : await demoDatabase();
  // A fresh log every run, so runs compare (the scale database keeps its catalog between runs).
  await db.prisma.$executeRawUnsafe('TRUNCATE "BehaviourEvent", "RecommendationState"');
  let started = performance.now();
  const events = await loadDemoBehaviour(db.prisma, { now: new Date(), customers, days: Number(values.days), seed: 10_000, sessionsPerCustomer: sessions });
  const loadMs = performance.now() - started;
  console.error(`Loaded ${events} synthetic events (${customers} visitors) in ${seconds(loadMs)}; full rebuild…`);
  const rebuildStages = stageTimer();
  const rebuild = await recomputeRecommendations(db.prisma, { now: new Date(), force: true, onProgress: rebuildStages.progress });
  const rebuildTimes = rebuildStages.summary();
  console.error(`Rebuild: ${describe(rebuild)}; ${newEvents} new events, incremental update…`);
  // The newest part of another day's log over the same visitors: new events of returning shoppers.
  started = performance.now();
  const added = await loadDemoBehaviour(db.prisma, { now: new Date(), customers: Math.max(1, Math.ceil(newEvents / 20)), days: 1, seed: 20_000, sessionsPerCustomer: sessions, limit: newEvents });
  const addMs = performance.now() - started;
  const updateStages = stageTimer();
  const update = await recomputeRecommendations(db.prisma, { now: new Date(), onProgress: updateStages.progress });
  const updateTimes = updateStages.summary();
  if (update.mode !== 'incremental') throw new Error(`The update after new events ran as a ${update.mode}`);

  const server = await startApiServer(db, benchMediaDir);
  cleanup.add('close server', () => server.close());
  const latency = await measureRecommendationLatency(db, server.origin, { requests: Number(values.requests), rounds: Number(values.rounds) });
  const products = await db.prisma.product.count({ where: { status: 'ACTIVE' } });
  console.log(`\n${label}: ${products} products, ${customers} visitors, ${events} events (loaded in ${seconds(loadMs)})`);
  console.log(`full rebuild ${describe(rebuild)}\n  stages: ${rebuildTimes}`);
  console.log(`incremental update after ${added} new events (loaded in ${seconds(addMs)}): ${describe(update)}\n  stages: ${updateTimes}`);
  printLatency(latency);
}
