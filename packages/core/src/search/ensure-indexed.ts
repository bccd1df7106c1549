// A database that had products before search existed, a freshly seeded one, or a fresh
// Meilisearch index: the index is empty while the catalog is not, so rebuild at once. The
// rebuild settles the sync jobs a seed queued (it reads every product anyway) instead of
// leaving them to the worker, which starts later in start-up and writes in smaller batches.
// An index built by an older release in a format the engine no longer writes is rebuilt too (the
// old one serves until the swap). Otherwise an index that is not empty is kept, and only the
// leftovers of a crashed rebuild are deleted.
import type { PrismaClient } from '@tandem/db';
import type { SearchEngine } from '@tandem/search/port';
import { VISIBLE_PRODUCTS } from '../catalog/index.ts';
import { reindexAll, type ReindexOptions } from './reindex.ts';
import { ReindexRunningError, reindexRunning } from './reindex-record.ts';

export interface EnsureIndexedResult {
  rebuilt: boolean;
  indexed: number;
  /** Fresh indexes of crashed rebuilds deleted at this start. */
  dropped: string[];
}

/**
 * Rebuilds the index when it is empty while the catalog is not, or holds documents in a format
 * the engine no longer writes (`options` as for reindexAll); resolves to what it did.
 */
export async function ensureSearchIndexed(prisma: PrismaClient, engine: SearchEngine, options: ReindexOptions = {}): Promise<EnsureIndexedResult> {
  const [indexed, visible, outdated] = await Promise.all([
    engine.search({ query: '', pageSize: 1, facets: false }).then((result) => result.total),
    prisma.product.count({ where: VISIBLE_PRODUCTS }),
    engine.indexOutdated?.() ?? false,
  ]);
  if ((indexed > 0 && !outdated) || visible === 0) return { rebuilt: false, indexed, dropped: await dropAbandonedRebuilds(prisma, engine) };
  try {
    const result = await reindexAll(prisma, engine, options);
    return { rebuilt: true, indexed: result.indexed, dropped: [] };
  } catch (error) {
    // Another process (an API started at the same time, `pnpm search:reindex`) is rebuilding it.
    if (error instanceof ReindexRunningError) return { rebuilt: false, indexed, dropped: [] };
    throw error;
  }
}

/**
 * Deletes the fresh indexes of rebuilds a crash left, unless a rebuild is running now (its
 * index is not abandoned; the next rebuild cleans up instead). Only indexes started before the
 * check are candidates: a rebuild claimed after it names its index with a later time.
 */
export async function dropAbandonedRebuilds(prisma: PrismaClient, engine: SearchEngine): Promise<string[]> {
  if (!engine.dropAbandonedRebuilds) return [];
  const checkedAt = new Date();
  if (await reindexRunning(prisma, checkedAt)) return [];
  return engine.dropAbandonedRebuilds(checkedAt);
}
