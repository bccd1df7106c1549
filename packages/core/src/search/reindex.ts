// Rebuilds the whole index from the catalog, reporting progress in the "SearchReindex" record.
// An engine that can (Meilisearch) fills a fresh index and swaps it in at the end, so shoppers
// never search an empty or half-filled index and a failed write leaves the old index live; the
// others are rebuilt in place as before. Documents are built a few pages ahead of the one being
// sent, so the database and the engine work at the same time (issue #18: ≥ 5,000 docs/s).
//
// Sync jobs waiting from before the rebuild are settled by it (it reads every product
// afterwards). Changes made during a swapped rebuild are synced by the worker into the index
// being replaced, so they are synced again into the new one after the swap.
//
// One rebuild at a time across processes: it starts by claiming its SearchReindex row
// (claimReindex), and holding the claim it deletes the fresh indexes a crashed rebuild left.
import type { PrismaClient } from '@tandem/db';
import type { IndexRebuild, SearchEngine } from '@tandem/search/port';
import { VISIBLE_PRODUCTS } from '../catalog/index.ts';
import { settlePendingJobs } from '../jobs/index.ts';
import { claimReindex, REINDEX_HEARTBEAT_MS, type ClaimOptions, type ReindexRecord } from './reindex-record.ts';
import { SEARCH_SYNC_JOB, SEARCH_SYNC_BATCH } from './search-jobs.ts';
import { searchDocumentPages } from './search-document-pages.ts';
import { storeSearchSettings } from './store-settings.ts';
import { syncProductsToSearch } from './sync-products.ts';

export interface ReindexProgress {
  done: number;
  total: number;
}

export interface ReindexOptions {
  /** Products per page read and per engine write (default 2,000). */
  batchSize?: number;
  onProgress?: (progress: ReindexProgress) => void;
}

/**
 * Rebuilds the index of `engine` from every visible product; throws when the rebuild failed
 * (recorded as FAILED with the engine's reason; a swapped rebuild leaves the old index live),
 * or ReindexRunningError when another rebuild runs.
 *
 * @example
 * const { indexed, seconds } = await reindexAll(prisma, engine, { onProgress: ({ done, total }) => log(done, total) });
 */
export async function reindexAll(prisma: PrismaClient, engine: SearchEngine, options: ReindexOptions = {}): Promise<{ indexed: number; seconds: number }> {
  return (await startReindex(prisma, engine, options)).finished;
}

/** A rebuild that holds the claim and runs: `finished` settles when it is done or failed. */
export interface StartedReindex {
  record: ReindexRecord;
  finished: Promise<{ indexed: number; seconds: number }>;
}

/**
 * Claims the rebuild (throws ReindexRunningError while another runs; `claim.inClaim` writes in
 * the claim's transaction, e.g. the audit entry) and runs it without waiting for it: the admin's
 * button answers at once and follows the progress in the record.
 */
export async function startReindex(prisma: PrismaClient, engine: SearchEngine, options: ReindexOptions = {}, claim: ClaimOptions = {}): Promise<StartedReindex> {
  const started = performance.now();
  const total = await prisma.product.count({ where: VISIBLE_PRODUCTS });
  const record = await claimReindex(prisma, engine.name, total, claim);
  const finished = runReindex(prisma, engine, record, total, options).then((indexed) => ({ indexed, seconds: (performance.now() - started) / 1000 }));
  return { record, finished };
}

async function runReindex(prisma: PrismaClient, engine: SearchEngine, record: ReindexRecord, total: number, options: ReindexOptions): Promise<number> {
  const batchSize = options.batchSize ?? 2_000;
  let done = 0;
  const report = async () => {
    const progress = { done, total: Math.max(total, done) };
    options.onProgress?.(progress);
    await record.progress(progress.done, progress.total);
  };
  // The swap and the wait for the last writes can outlast a page: other processes must still see it alive.
  const heartbeat = setInterval(() => void record.heartbeat().catch(() => {}), REINDEX_HEARTBEAT_MS);
  heartbeat.unref();
  let target: IndexRebuild | null = null;
  let lastJobBefore = 0n;
  try {
    await settlePendingJobs(prisma, SEARCH_SYNC_JOB);
    lastJobBefore = await latestJobId(prisma);
    // Holding the claim, no other rebuild is filling an index: any left over is a crash's.
    await engine.dropAbandonedRebuilds?.(new Date());
    target = engine.rebuild ? await engine.rebuild(storeSearchSettings) : await inPlace(engine);
    await report();
    // Pages are built a few at a time while the one before is sent (and, on Meilisearch, indexed).
    for await (const documents of searchDocumentPages(prisma, { pageSize: batchSize })) {
      await target.add(documents);
      done += documents.length;
      await report();
    }
    await target.commit();
    target = null;
    if (engine.rebuild) await resyncChangedSince(prisma, engine, lastJobBefore);
  } catch (error) {
    clearInterval(heartbeat);
    await target?.abort().catch(() => {});
    await record.fail(error).catch(() => {});
    throw error;
  }
  clearInterval(heartbeat);
  await record.finish(done, Math.max(total, done));
  return done;
}

/** The rebuild of an engine that has no fresh index to swap in: clear, then write page by page. */
async function inPlace(engine: SearchEngine): Promise<IndexRebuild> {
  await engine.applySettings(storeSearchSettings);
  await engine.clear();
  return { add: (documents) => engine.index(documents), commit: async () => {}, abort: async () => {} };
}

async function latestJobId(prisma: PrismaClient): Promise<bigint> {
  const last = await prisma.job.findFirst({ orderBy: { id: 'desc' }, select: { id: true } });
  return last?.id ?? 0n;
}

/** Syncs again every product a sync job was queued for since `afterJobId`, into the swapped-in index. */
async function resyncChangedSince(prisma: PrismaClient, engine: SearchEngine, afterJobId: bigint): Promise<void> {
  const jobs = await prisma.job.findMany({ where: { kind: SEARCH_SYNC_JOB, id: { gt: afterJobId } }, select: { payload: true } });
  const productIds = [...new Set(jobs.map((job) => (job.payload as { productId?: unknown } | null)?.productId).filter((id): id is string => typeof id === 'string'))];
  for (let at = 0; at < productIds.length; at += SEARCH_SYNC_BATCH) {
    await syncProductsToSearch(prisma, engine, productIds.slice(at, at + SEARCH_SYNC_BATCH));
  }
}
