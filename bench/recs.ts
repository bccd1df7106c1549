// Recommendation latency: p50/p95/p99 of the recommendation procedures over HTTP on the demo
// store (embedded PGlite, demo catalog, synthetic behaviour, recomputed tables), next to
// `catalog.bySlug` (a product page read) measured on the same server in the same run. Also
// times the recompute job. Usage: pnpm bench:recs [--requests 300]
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { recomputeRecommendations, seedDemoBehaviour } from '@tandem/core/personalization';
import { applyPendingMigrations, openDatabase } from '@tandem/db';
import { seedDemoCatalog } from '@tandem/db/seed';
import { benchMediaDir } from './lib/prepare.ts';
import { startApiServer } from './lib/servers.ts';

const { values } = parseArgs({ options: { requests: { type: 'string', default: '300' } } });
const requests = Number(values.requests);
const dataDir = await mkdtemp(path.join(os.tmpdir(), 'tandem-bench-recs-'));
const db = await openDatabase({ dataDir });
try {
  await applyPendingMigrations(db.adapterFactory);
  await seedDemoCatalog(db.prisma, { mediaDir: benchMediaDir });
  const events = await seedDemoBehaviour(db.prisma, { now: new Date() });
  const recompute = await recomputeRecommendations(db.prisma, { now: new Date(), force: true });
  const server = await startApiServer(db, benchMediaDir);
  const products = await db.prisma.product.findMany({ where: { status: 'ACTIVE' }, select: { id: true, slug: true } });
  const visitors = (await db.prisma.behaviourEvent.findMany({ distinct: ['anonymousId'], select: { anonymousId: true }, take: 200 })).flatMap((v) => (v.anonymousId ? [v.anonymousId] : []));
  const pick = <T>(items: readonly T[], i: number) => items[(i * 7919) % items.length]!;
  const url = (procedure: string, input: unknown) => `${server.origin}/trpc/${procedure}?input=${encodeURIComponent(JSON.stringify(input))}`;
  const targets: [string, (i: number) => string][] = [
    ['catalog.bySlug (baseline)', (i) => url('catalog.bySlug', { slug: pick(products, i).slug })],
    ['recommendations.forYou', (i) => url('recommendations.forYou', { visitorId: pick(visitors, i), limit: 8 })],
    ['recommendations.forProduct', (i) => url('recommendations.forProduct', { productId: pick(products, i).id, limit: 4 })],
    ['recommendations.forCart', (i) => url('recommendations.forCart', { productIds: [pick(products, i).id, pick(products, i + 1).id], limit: 4 })],
    ['recommendations.popular', () => url('recommendations.popular', { limit: 8 })],
  ];
  const results: { name: string; p50: number; p95: number; p99: number }[] = [];
  for (const [name, makeUrl] of targets) {
    for (let i = 0; i < 20; i++) await fetch(makeUrl(i)).then((r) => r.arrayBuffer()); // warm-up
    const times: number[] = [];
    for (let i = 0; i < requests; i++) {
      const started = performance.now();
      const response = await fetch(makeUrl(i));
      await response.arrayBuffer();
      if (!response.ok) throw new Error(`${name} answered ${response.status}`);
      times.push(performance.now() - started);
    }
    times.sort((a, b) => a - b);
    const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!;
    results.push({ name, p50: at(0.5), p95: at(0.95), p99: at(0.99) });
  }
  await server.close();
  const baseline = results[0]!;
  console.log(`Demo store on PGlite: ${products.length} products, ${events} synthetic events; recompute ${Math.round(recompute.ms)} ms (${recompute.neighbours} neighbour rows)`);
  console.log(`${requests} sequential requests per procedure over HTTP (one client, so the figures are latency, not throughput)\n`);
  console.log(`${'procedure'.padEnd(28)}  ${'p50 ms'.padStart(7)}  ${'p95 ms'.padStart(7)}  ${'p99 ms'.padStart(7)}  p95 vs baseline`);
  for (const r of results) console.log(`${r.name.padEnd(28)}  ${r.p50.toFixed(2).padStart(7)}  ${r.p95.toFixed(2).padStart(7)}  ${r.p99.toFixed(2).padStart(7)}  ${(r.p95 / baseline.p95).toFixed(2)}×`);
} finally {
  await db.close();
  await rm(dataDir, { recursive: true, force: true });
}
