// A database that had products before search existed, a freshly seeded one, or a fresh
// Meilisearch index: the index is empty while the catalog is not, so rebuild at once. The
// rebuild settles the sync jobs a seed queued (it reads every product anyway) instead of
// leaving them to the worker, which starts later in start-up and writes in smaller batches.
import type { PrismaClient } from '@tandem/db';
import type { SearchEngine } from '@tandem/search/port';
import { VISIBLE_PRODUCTS } from '../catalog/index.ts';
import { reindexAll, type ReindexOptions } from './reindex.ts';

/** Rebuilds the index when it is empty while the catalog is not (`options` as for reindexAll); resolves to what it did. */
export async function ensureSearchIndexed(prisma: PrismaClient, engine: SearchEngine, options: ReindexOptions = {}): Promise<{ rebuilt: boolean; indexed: number }> {
  const [indexed, visible] = await Promise.all([
    engine.search({ query: '', pageSize: 1, facets: false }).then((result) => result.total),
    prisma.product.count({ where: VISIBLE_PRODUCTS }),
  ]);
  if (indexed > 0 || visible === 0) return { rebuilt: false, indexed };
  const result = await reindexAll(prisma, engine, options);
  return { rebuilt: true, indexed: result.indexed };
}
