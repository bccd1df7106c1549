// Picks the search engine from the environment, once, at start-up.
import type { PrismaClient } from '@tandem/db';
import { z } from 'zod';
import { MeilisearchEngine } from './meilisearch/meilisearch-engine.ts';
import type { SearchEngine } from './port.ts';
import { PostgresSearchEngine } from './postgres/postgres-engine.ts';

// An empty value (`MEILISEARCH_URL=` in a .env file) means "not set".
const optional = <T extends z.ZodType>(schema: T) => z.preprocess((value) => (value === '' ? undefined : value), schema.optional());

const SearchEnv = z.object({
  MEILISEARCH_URL: optional(z.string().url('must be the URL of a Meilisearch server, e.g. http://127.0.0.1:7700')),
  MEILISEARCH_API_KEY: optional(z.string().min(1)),
  MEILISEARCH_INDEX: optional(z.string().regex(/^[A-Za-z0-9_-]{1,400}$/, 'is letters, digits, - and _')),
});

/**
 * - `MEILISEARCH_URL` set → Meilisearch (`MEILISEARCH_API_KEY` for a protected server,
 *   `MEILISEARCH_INDEX` to name the index, default "products");
 * - otherwise → PostgreSQL full-text search on the store's own database (PGlite or server).
 * Throws a readable error when a variable is invalid.
 *
 * @example
 * const search = createSearchEngine(process.env, db.prisma);
 */
export function createSearchEngine(env: Record<string, string | undefined>, prisma: PrismaClient): SearchEngine {
  const parsed = SearchEnv.safeParse(env);
  if (!parsed.success) {
    throw new Error(`Invalid search configuration: ${parsed.error.issues.map((issue) => `${issue.path.join('.')} ${issue.message}`).join('; ')}`);
  }
  const { MEILISEARCH_URL, MEILISEARCH_API_KEY, MEILISEARCH_INDEX } = parsed.data;
  if (!MEILISEARCH_URL) return new PostgresSearchEngine(prisma);
  return new MeilisearchEngine({ host: MEILISEARCH_URL, apiKey: MEILISEARCH_API_KEY, ...(MEILISEARCH_INDEX ? { indexUid: MEILISEARCH_INDEX } : {}) });
}
