// Rebuilds the whole index from the catalog, in batches, reporting progress. Sync jobs waiting
// from before the rebuild are settled by it (it reads every product afterwards), so they are
// marked done instead of repeating the work; changes made during the rebuild enqueue new jobs.
import type { PrismaClient } from '@tandem/db';
import type { SearchEngine } from '@tandem/search/port';
import { VISIBLE_PRODUCTS } from '../catalog/index.ts';
import { settlePendingJobs } from '../jobs/index.ts';
import { SEARCH_SYNC_JOB } from './search-jobs.ts';
import { buildSearchDocuments } from './search-documents.ts';
import { storeSearchSettings } from './store-settings.ts';

export interface ReindexProgress {
  done: number;
  total: number;
}

export interface ReindexOptions {
  batchSize?: number;
  onProgress?: (progress: ReindexProgress) => void;
}

export async function reindexAll(prisma: PrismaClient, engine: SearchEngine, options: ReindexOptions = {}): Promise<{ indexed: number; seconds: number }> {
  const started = performance.now();
  const batchSize = options.batchSize ?? 500;
  await settlePendingJobs(prisma, SEARCH_SYNC_JOB);
  await engine.applySettings(storeSearchSettings);
  await engine.clear();
  const total = await prisma.product.count({ where: VISIBLE_PRODUCTS });
  let done = 0;
  let after: string | undefined;
  options.onProgress?.({ done, total });
  for (;;) {
    const page = await prisma.product.findMany({
      where: { AND: [VISIBLE_PRODUCTS, after ? { id: { gt: after } } : {}] },
      select: { id: true },
      orderBy: { id: 'asc' },
      take: batchSize,
    });
    if (!page.length) break;
    after = page.at(-1)!.id;
    const { documents } = await buildSearchDocuments(prisma, page.map((p) => p.id));
    await engine.index(documents);
    done += documents.length;
    options.onProgress?.({ done, total: Math.max(total, done) });
  }
  return { indexed: done, seconds: (performance.now() - started) / 1000 };
}
