// This process's page cache, built once from the environment: PAGE_CACHE_TTL_MS (default 5 000,
// the tested setting; 0 turns it off) and PAGE_CACHE_MAX_MB (default 64).
import { env } from '$env/dynamic/private';
import { z } from 'zod';
import { apiUrl, createApi } from '../api';
import { createAnonymousEvents } from './anonymous-events';
import { createCatalogVersionWatch, fetchCatalogVersion } from './catalog-version-watch';
import type { PageCache } from './page-cache-handle';
import { createPageStore } from './page-store';

const PageCacheEnv = z.object({
  PAGE_CACHE_TTL_MS: z.coerce.number().int().min(0).max(3_600_000).default(5_000),
  PAGE_CACHE_MAX_MB: z.coerce.number().int().min(1).max(4_096).default(64),
});

let built: PageCache | null | undefined;

/** The process's page cache, or null when PAGE_CACHE_TTL_MS is 0. Throws on a malformed setting. */
export function pageCache(): PageCache | null {
  if (built !== undefined) return built;
  // An empty setting means the default; only an explicit 0 turns the cache off.
  const config = PageCacheEnv.parse({ PAGE_CACHE_TTL_MS: env.PAGE_CACHE_TTL_MS || undefined, PAGE_CACHE_MAX_MB: env.PAGE_CACHE_MAX_MB || undefined });
  if (config.PAGE_CACHE_TTL_MS === 0) return (built = null);
  // Speaks for no one: cached pages are served only to visitors without a session or cart.
  const api = createApi(globalThis.fetch, { sessionToken: null, cartToken: null, clientAddress: '', userAgent: '' });
  built = {
    store: createPageStore({ ttlMs: config.PAGE_CACHE_TTL_MS, maxBytes: config.PAGE_CACHE_MAX_MB * 1024 * 1024 }),
    versions: createCatalogVersionWatch({ fetchVersion: () => fetchCatalogVersion(apiUrl()) }),
    events: createAnonymousEvents({ send: (events) => api.recommendations.record.mutate({ consent: false, events }) }),
    ttlMs: config.PAGE_CACHE_TTL_MS,
  };
  return built;
}
