// The search context's jobs. Catalog writes enqueue 'search.sync-product' by database trigger
// (see the migration "search_documents"), keyed "product:<id>" so one product's syncs run in
// order; the trigger already gives a product at most one waiting job, so a change touching many
// rows of it is synced once. The worker hands them over in batches: every product waiting is
// synced with one engine write per batch (issue #18: one Meilisearch task costs about half a
// second however few documents it holds, so syncing product by product took minutes).
import type { PrismaClient } from '@tandem/db';
import type { SearchEngine } from '@tandem/search/port';
import type { ClaimedJob, JobBatchFailure, JobBatchHandler } from '../jobs/index.ts';
import { syncProductsToSearch } from './sync-products.ts';

export const SEARCH_SYNC_JOB = 'search.sync-product';

/** Products synced per engine write: a 10k-product import becomes ten writes. */
export const SEARCH_SYNC_BATCH = 1_000;

export function searchJobHandlers(prisma: PrismaClient, engine: SearchEngine): Record<string, JobBatchHandler> {
  return {
    [SEARCH_SYNC_JOB]: {
      limit: SEARCH_SYNC_BATCH,
      batch: async (jobs) => {
        const failures: JobBatchFailure[] = [];
        const productIds: string[] = [];
        for (const job of jobs) {
          const productId = productIdOf(job);
          if (productId) productIds.push(productId);
          else failures.push({ job, error: new Error(`${SEARCH_SYNC_JOB}: payload has no productId`) });
        }
        if (productIds.length) await syncProductsToSearch(prisma, engine, productIds);
        return failures;
      },
    },
  };
}

function productIdOf(job: ClaimedJob): string | null {
  const { productId } = (job.payload ?? {}) as { productId?: unknown };
  return typeof productId === 'string' ? productId : null;
}
