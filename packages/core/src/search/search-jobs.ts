// The search context's jobs. Catalog writes enqueue 'search.sync-product' by database trigger
// (see the migration "search_documents"), keyed "product:<id>" so one product's syncs run in order.
import type { PrismaClient } from '@tandem/db';
import type { SearchEngine } from '@tandem/search/port';
import type { JobHandler } from '../jobs/index.ts';
import { syncProductsToSearch } from './sync-products.ts';

export const SEARCH_SYNC_JOB = 'search.sync-product';

export function searchJobHandlers(prisma: PrismaClient, engine: SearchEngine): Record<string, JobHandler> {
  return {
    [SEARCH_SYNC_JOB]: async (payload) => {
      const { productId } = payload as { productId?: unknown };
      if (typeof productId !== 'string') throw new Error(`${SEARCH_SYNC_JOB}: payload has no productId`);
      await syncProductsToSearch(prisma, engine, [productId]);
    },
  };
}
