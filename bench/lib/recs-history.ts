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
  // The log has no stock levels, so imported products start sold out and serving (which offers
  // only what is in stock) would answer with nothing: stock them as the shop's own levels would.
  await timed('stock the imported products', () => db.prisma.productVariant.updateMany({ where: { sku: { startsWith: 'ONLINE-RETAIL-' } }, data: { stockOnHand: 100 } }), (r) => `${r.count} variants`);
  const server = await startApiServer(db, benchMediaDir);
  options.cleanup.add('close server', () => server.close());
  // Imported customers' "for you" lists come from their paid orders (of the last 180 days);
  // customers with no purchase in that window have none, and forYou serves them live.
  const withLists = (await db.prisma.forYouVisitor.findMany({ where: { visitor: { startsWith: 'online-retail-' } }, select: { visitor: true }, orderBy: { visitor: 'asc' }, take: 2_000 })).map((v) => v.visitor);
  const customers = await db.prisma.customer.count({ where: { id: { startsWith: 'online-retail-' } } });
  const latency = await measureRecommendationLatency(db, server.origin, { requests: options.requests, rounds: options.rounds, visitors: withLists });
  steps.push({ step: 'forYou visitors', ms: 0, did: `${withLists.length} imported customers with a stored list (of ${customers})` });
  return { label: `${file} imported into PostgreSQL 15 (as of ${asOf.toISOString().slice(0, 10)})`, steps, rebuildStages, tiers, latency };
}
