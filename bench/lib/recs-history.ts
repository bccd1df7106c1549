// `pnpm bench:recs --history <online-retail.csv[.gz]>`: a real shop's log on PostgreSQL. Times
// the import (`pnpm import:history`'s workflow, into a fresh database), a full rebuild of every
// recommendation list and the segments as of the log's end, then serving latency on the
// imported store beside `catalog.bySlug` in the same run.
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';
import { createPersonalizationAdminService, importRetailStore, recomputeRecommendations, recomputeSegments, type TiersView } from '@tandem/core/personalization';
import { applyPendingMigrations, openDatabase } from '@tandem/db';
import type { Cleanup } from './cleanup.ts';
import { benchMediaDir, freshPostgresDatabase, startPostgres } from './prepare.ts';
import { measureRecommendationLatency, type LatencyRow } from './recs-latency.ts';
import { startApiServer } from './servers.ts';

export interface HistoryBench {
  label: string;
  steps: { step: string; ms: number; did: string }[];
  /** The rebuild's stages with their times ("catalog 1.2 s, …"). */
  rebuildStages: string;
  /** The customer tiers of the imported customers, as the admin shows them. */
  tiers: TiersView;
  latency: { rows: LatencyRow[]; loads: number[]; visitors: number };
}

function linesOf(file: string) {
  const raw = createReadStream(file);
  return createInterface({ input: file.endsWith('.gz') ? raw.pipe(createGunzip()) : raw, crlfDelay: Infinity });
}

export async function benchHistory(file: string, options: { pgPort: number; requests: number; rounds: number; cleanup: Cleanup; rebuildStages?: { progress: (p: { stage: string; done: number; total: number }) => void; summary: () => string } }): Promise<HistoryBench> {
  const cluster = await startPostgres(options.pgPort);
  options.cleanup.add('stop PostgreSQL', () => cluster.stop());
  const db = await openDatabase({ url: await freshPostgresDatabase(cluster, 'bench_history') });
  options.cleanup.add('close PostgreSQL client', () => db.close());
  await applyPendingMigrations(db.adapterFactory);
  const steps: HistoryBench['steps'] = [];
  const timed = async <T>(step: string, work: () => Promise<T>, did: (result: T) => string): Promise<T> => {
    const started = performance.now();
    const result = await work();
    steps.push({ step, ms: performance.now() - started, did: did(result) });
    console.error(`  ${step}: ${((performance.now() - started) / 1000).toFixed(1)} s`);
    return result;
  };
  const imported = await timed('import', () => importRetailStore(db.prisma, linesOf(file)), (r) => `${r.products.added} products, ${r.customers.added} customers, ${r.orders.added} orders (${r.orders.linesAdded} lines)`);
  const asOf = new Date((imported.lastAt ?? new Date()).getTime() + 86_400_000);
  await timed('full rebuild of every recommendation list', () => recomputeRecommendations(db.prisma, { now: asOf, force: true, onProgress: options.rebuildStages?.progress }), (r) => `${r.events} events, ${r.rewrittenProducts} neighbour lists (${r.neighbours} rows), ${r.visitors} "for you" lists`);
  const rebuildStages = options.rebuildStages?.summary() ?? '';
  await timed('segments and tiers', () => recomputeSegments(db.prisma, { now: asOf }), (r) => `${r.customers} customers scored`);
  const tiers = await createPersonalizationAdminService(db.prisma).tiers();
  await timed('import again (adds nothing)', () => importRetailStore(db.prisma, linesOf(file)), (r) => `${r.orders.added} orders added`);
  const server = await startApiServer(db, benchMediaDir);
  options.cleanup.add('close server', () => server.close());
  // "For you" lists are built for visitors with behaviour events; an imported log brings orders
  // only, so its customers may have none: then forYou is asked for them anyway (the live path).
  const withLists = (await db.prisma.forYouVisitor.findMany({ where: { visitor: { startsWith: 'online-retail-' } }, select: { visitor: true }, take: 2_000 })).map((v) => v.visitor);
  const visitors = withLists.length ? withLists : (await db.prisma.customer.findMany({ where: { id: { startsWith: 'online-retail-' } }, select: { id: true }, orderBy: { id: 'asc' }, take: 2_000 })).map((c) => c.id);
  const latency = await measureRecommendationLatency(db, server.origin, { requests: options.requests, rounds: options.rounds, visitors });
  steps.push({ step: 'forYou visitors', ms: 0, did: withLists.length ? `${withLists.length} imported customers with a stored list` : `no stored list for imported customers (the import writes orders, not behaviour events): forYou measured on the live path for ${visitors.length} of them` });
  return { label: `${file} imported into PostgreSQL 15 (as of ${asOf.toISOString().slice(0, 10)})`, steps, rebuildStages, tiers, latency };
}
