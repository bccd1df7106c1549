// Brings the search engine in line with the catalog for some products: indexes the visible ones,
// removes the rest. Idempotent, so a job that runs twice does no harm.
import type { PrismaClient } from '@tandem/db';
import type { SearchEngine } from '@tandem/search/port';
import { buildSearchDocuments } from './search-documents.ts';

export async function syncProductsToSearch(prisma: PrismaClient, engine: SearchEngine, productIds: string[]): Promise<{ indexed: number; removed: number }> {
  const { documents, hidden } = await buildSearchDocuments(prisma, productIds);
  await engine.index(documents);
  await engine.remove(hidden);
  return { indexed: documents.length, removed: hidden.length };
}
