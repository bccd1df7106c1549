// A database that had products before search existed (or a fresh Meilisearch index) has no
// documents and no sync jobs for them: rebuild once, so the store starts with working search.
import type { PrismaClient } from '@tandem/db';
import type { SearchEngine } from '@tandem/search/port';
import { VISIBLE_PRODUCTS } from '../catalog/index.ts';
import { reindexAll } from './reindex.ts';
import { SEARCH_SYNC_JOB } from './search-jobs.ts';

/** Rebuilds the index when it is empty while the catalog is not; resolves to what it did. */
export async function ensureSearchIndexed(prisma: PrismaClient, engine: SearchEngine): Promise<{ rebuilt: boolean; indexed: number }> {
  const [indexed, visible] = await Promise.all([
    engine.search({ query: '', pageSize: 1, facets: false }).then((result) => result.total),
    prisma.product.count({ where: VISIBLE_PRODUCTS }),
  ]);
  if (indexed > 0 || visible === 0) return { rebuilt: false, indexed };
  const queued = await prisma.job.count({ where: { kind: SEARCH_SYNC_JOB, state: { in: ['PENDING', 'RUNNING'] } } });
  // Freshly seeded: the sync jobs are queued and the worker is indexing them.
  if (queued > 0) return { rebuilt: false, indexed };
  const result = await reindexAll(prisma, engine);
  return { rebuilt: true, indexed: result.indexed };
}
