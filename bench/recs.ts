// Recommendation latency: p50/p95/p99 of the recommendation procedures over HTTP next to
// `catalog.bySlug` (a product page read) on the same server in the same run, requests
// interleaved (bySlug, forYou, forProduct, forCart, popular, bySlug, …) so every procedure sees
// the same machine noise, over several rounds (medians). Also times the full recompute.
//   pnpm bench:recs                     demo store on embedded PGlite (223 products, 400 visitors)
//   pnpm bench:recs --scale             10k products (bench_10k), 10k customers, ~1M events on PostgreSQL
// Options: --requests 200 (per procedure per round), --rounds 3, --pg-port 55442, --days 170
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { recomputeRecommendations, seedDemoBehaviour } from '@tandem/core/personalization';
import { applyPendingMigrations, openDatabase, type Database } from '@tandem/db';
import { seedDemoCatalog } from '@tandem/db/seed';
import { Cleanup } from './lib/cleanup.ts';
import { benchMediaDir, preparePostgres, startPostgres } from './lib/prepare.ts';
import { startApiServer } from './lib/servers.ts';
import { median, percentile } from './lib/stats.ts';

const { values } = parseArgs({
  options: { requests: { type: 'string', default: '200' }, rounds: { type: 'string', default: '3' }, scale: { type: 'boolean' }, 'pg-port': { type: 'string', default: '55442' }, days: { type: 'string', default: '170' } },
});
const requests = Number(values.requests);
const rounds = Number(values.rounds);
const cleanup = new Cleanup();
cleanup.onSignals();

/** The scale run's database: the generated 10k catalog with 10k customers' synthetic behaviour. */
async function scaleDatabase(): Promise<{ db: Database; label: string }> {
  const cluster = await startPostgres(Number(values['pg-port']));
  cleanup.add('stop PostgreSQL', () => cluster.stop());
  const { db } = await preparePostgres(cluster, 10_000);
  cleanup.add('close PostgreSQL client', () => db.close());
  const started = performance.now();
  const events = await seedDemoBehaviour(db.prisma, { now: new Date(), customers: 10_000, days: Number(values.days), seed: 10_000 });
  if (events) console.error(`Loaded ${events} synthetic events in ${((performance.now() - started) / 1000).toFixed(0)} s`);
  return { db, label: 'PostgreSQL 15, generated catalog' };
}

async function demoDatabase(): Promise<{ db: Database; label: string }> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'tandem-bench-recs-'));
  cleanup.add('remove PGlite directory', () => rm(dataDir, { recursive: true, force: true }));
  const db = await openDatabase({ dataDir });
  cleanup.add('close PGlite', () => db.close());
  await applyPendingMigrations(db.adapterFactory);
  await seedDemoCatalog(db.prisma, { mediaDir: benchMediaDir });
  await seedDemoBehaviour(db.prisma, { now: new Date() });
  return { db, label: 'demo store on PGlite' };
}

type Stats = { p50: number; p95: number; p99: number };

try {
  const { db, label } = values.scale ? await scaleDatabase() : await demoDatabase();
  const events = await db.prisma.behaviourEvent.count();
  console.error(`Full recompute over ${events} events…`);
  const recompute = await recomputeRecommendations(db.prisma, { now: new Date(), force: true, onProgress: (p) => console.error(`  ${p.stage} (${p.done}/${p.total})`) });
  const server = await startApiServer(db, benchMediaDir);
  cleanup.add('close server', () => server.close());
  const products = await db.prisma.product.findMany({ where: { status: 'ACTIVE' }, select: { id: true, slug: true }, orderBy: { id: 'asc' } });
  const visitors = (await db.prisma.behaviourEvent.findMany({ distinct: ['anonymousId'], select: { anonymousId: true }, take: 2_000 })).flatMap((v) => (v.anonymousId ? [v.anonymousId] : []));
  const pick = <T>(items: readonly T[], i: number) => items[(i * 7919) % items.length]!;
  const url = (procedure: string, input: unknown) => `${server.origin}/trpc/${procedure}?input=${encodeURIComponent(JSON.stringify(input))}`;
  const targets: [string, (i: number) => string][] = [
    ['catalog.bySlug (baseline)', (i) => url('catalog.bySlug', { slug: pick(products, i).slug })],
    ['recommendations.forYou', (i) => url('recommendations.forYou', { visitorId: pick(visitors, i), limit: 8 })],
    ['recommendations.forProduct', (i) => url('recommendations.forProduct', { productId: pick(products, i).id, limit: 4 })],
    ['recommendations.forCart', (i) => url('recommendations.forCart', { productIds: [pick(products, i).id, pick(products, i + 1).id], limit: 4 })],
    ['recommendations.popular', () => url('recommendations.popular', { limit: 8 })],
  ];
  const get = async (target: string) => {
    const started = performance.now();
    const response = await fetch(target);
    await response.arrayBuffer();
    if (!response.ok) throw new Error(`${target} answered ${response.status}`);
    return performance.now() - started;
  };
  for (let i = 0; i < 20; i++) for (const [, makeUrl] of targets) await get(makeUrl(i)); // warm-up
  const perRound: Stats[][] = [];
  const loads: number[] = [];
  for (let round = 0; round < rounds; round++) {
    const times = targets.map(() => [] as number[]);
    for (let i = 0; i < requests; i++) for (const [t, [, makeUrl]] of targets.entries()) times[t]!.push(await get(makeUrl(round * requests + i)));
    perRound.push(times.map((s) => ({ p50: percentile(s, 50), p95: percentile(s, 95), p99: percentile(s, 99) })));
    loads.push(os.loadavg()[0]!);
  }
  const total = (recompute.ms / 1000).toFixed(1);
  console.log(`\n${label}: ${products.length} products, ${visitors.length}+ visitors, ${events} events; full recompute ${total} s (${recompute.neighbours} neighbour rows, ${recompute.popular} popular rows)`);
  console.log(`${rounds} rounds × ${requests} interleaved sequential requests per procedure over HTTP; medians over rounds; load average ${loads.map((l) => l.toFixed(1)).join(' / ')}\n`);
  console.log('| procedure | p50 ms | p95 ms | p99 ms | p95 vs `catalog.bySlug` |');
  console.log('|---|---:|---:|---:|---:|');
  for (const [t, [name]] of targets.entries()) {
    const stat = (k: keyof Stats) => median(perRound.map((r) => r[t]![k]));
    const ratio = median(perRound.map((r) => r[t]!.p95 / r[0]!.p95));
    console.log(`| \`${name}\` | ${stat('p50').toFixed(1)} | ${stat('p95').toFixed(1)} | ${stat('p99').toFixed(1)} | ${ratio.toFixed(2)}× |`);
  }
} finally {
  await cleanup.run();
}
