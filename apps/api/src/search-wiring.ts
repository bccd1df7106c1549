// Search at start-up, in one place: the engine picked from the environment (MEILISEARCH_URL →
// Meilisearch, else PostgreSQL full-text), the store's settings applied (idempotent), and an
// index rebuilt when it is empty while the catalog is not.
import { ensureSearchIndexed, storeSearchSettings } from '@tandem/core/search';
import type { PrismaClient } from '@tandem/db';
import type { SearchEngine } from '@tandem/search';
import { createSearchEngine } from '@tandem/search/from-env';

export async function startSearch(prisma: PrismaClient, env: Record<string, string | undefined> = process.env): Promise<SearchEngine> {
  const engine = createSearchEngine(env, prisma);
  await engine.applySettings(storeSearchSettings);
  void ensureSearchIndexed(prisma, engine)
    .then(({ rebuilt, indexed }) => {
      if (rebuilt) console.log(`Search index was empty: indexed ${indexed} product(s).`);
    })
    .catch((error: unknown) => console.error('search index check failed:', error));
  return engine;
}
