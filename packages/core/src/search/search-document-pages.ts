// Every visible product's document, page by page in id order, for a full rebuild. The ids of a
// page come from a cheap keyset query (each page starts after the last id of the one before),
// and the expensive part — the documents' statement and their best offers — runs for up to
// `ahead` pages at once: on PostgreSQL they are separate connections working in parallel while
// the engine indexes the page before (issue #18, reindex throughput). PGlite runs them one after
// another, as it runs every query.
import type { PrismaClient } from '@tandem/db';
import type { SearchDocument } from '@tandem/search/port';
import { VISIBLE_PRODUCTS } from '../catalog/index.ts';
import { buildVisibleDocuments } from './search-documents.ts';

export interface DocumentPagesOptions {
  /** Products per page (default 2,000). */
  pageSize?: number;
  /** Pages being built at once, the one handed out included (default 3). */
  ahead?: number;
}

/**
 * @example
 * for await (const documents of searchDocumentPages(prisma, { pageSize: 2_000 })) await rebuild.add(documents);
 */
export async function* searchDocumentPages(prisma: PrismaClient, options: DocumentPagesOptions = {}): AsyncGenerator<SearchDocument[]> {
  const pageSize = options.pageSize ?? 2_000;
  const ahead = Math.max(1, options.ahead ?? 3);
  const building: Promise<SearchDocument[]>[] = [];
  let after: string | null = null;
  let exhausted = false;
  try {
    for (;;) {
      while (!exhausted && building.length < ahead) {
        const ids = await visibleIdsAfter(prisma, after, pageSize);
        exhausted = ids.length < pageSize;
        if (!ids.length) break;
        after = ids.at(-1)!;
        const page = buildVisibleDocuments(prisma, ids);
        // Awaited in order below; until then a failure must not surface as an unhandled rejection.
        page.catch(() => {});
        building.push(page);
      }
      const next = building.shift();
      if (!next) return;
      yield await next;
    }
  } finally {
    // A consumer that stopped early (a failed engine write) leaves pages being built: let them settle.
    await Promise.allSettled(building);
  }
}

async function visibleIdsAfter(prisma: PrismaClient, after: string | null, limit: number): Promise<string[]> {
  const rows = await prisma.product.findMany({
    where: { AND: [VISIBLE_PRODUCTS, after === null ? {} : { id: { gt: after } }] },
    select: { id: true },
    orderBy: { id: 'asc' },
    take: limit,
  });
  return rows.map((row) => row.id);
}
