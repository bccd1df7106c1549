// Search at start-up, in one place: the engine picked from the environment (MEILISEARCH_URL →
// Meilisearch, else PostgreSQL full-text), the store's settings applied (idempotent), and an
// index rebuilt when it is empty while the catalog is not, its progress in the log, and the
// indexes a crashed rebuild left deleted.
import { ensureSearchIndexed, storeSearchSettings, type ReindexProgress } from '@tandem/core/search';
import type { PrismaClient } from '@tandem/db';
import type { SearchEngine } from '@tandem/search';
import { createSearchEngine } from '@tandem/search/from-env';

export async function startSearch(prisma: PrismaClient, env: Record<string, string | undefined> = process.env): Promise<SearchEngine> {
  const engine = createSearchEngine(env, prisma);
  await engine.applySettings(storeSearchSettings);
  void ensureSearchIndexed(prisma, engine, { onProgress: everyFewSeconds(({ done, total }) => console.log(`Search index rebuild: ${done}/${total} products.`)) })
    .then(({ rebuilt, indexed, dropped }) => {
      if (rebuilt) console.log(`Search index was empty or in an older format: indexed ${indexed} product(s).`);
      if (dropped.length) console.log(`Search: deleted ${dropped.length} index(es) a crashed rebuild left: ${dropped.join(', ')}.`);
    })
    .catch((error: unknown) => console.error('search index check failed (a rebuild keeps the previous index live):', error));
  return engine;
}

/** Calls `log` at most every five seconds, and always for the last step (done = total). */
function everyFewSeconds(log: (progress: ReindexProgress) => void): (progress: ReindexProgress) => void {
  let last = 0;
  return (progress) => {
    if (progress.done < progress.total && Date.now() - last < 5_000) return;
    last = Date.now();
    log(progress);
  };
}
