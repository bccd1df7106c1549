import type { PrismaClient } from '@tandem/db';
import type { CatalogListQuery } from '@tandem/validators';
import { createCatalogReadCache } from './catalog-read-cache.ts';
import { readCatalogVersion } from './catalog-version.ts';
import { featuredProducts } from './featured-products.ts';
import { createFacetIndex } from './facet-index.ts';
import { listProducts } from './list-products.ts';
import { loadCategoryTree } from './load-categories.ts';
import { productBySlug } from './product-detail.ts';

export interface CatalogServiceOptions {
  /**
   * How long the in-memory facet snapshot (facet-index.ts) is used before it is reread, in
   * milliseconds, in a process that does not follow the catalog version; one that does rereads
   * it on every change. 0: count facets in SQL on every request instead. Default 10 000.
   */
  facetCacheTtlMs?: number;
  /**
   * How long whole listing pages, product pages and the category tree are reused, in
   * milliseconds; 0 turns the cache off. Every visible change drops them at once (see
   * `syncVersion`), so this only bounds how far stock levels may lag. Default 0 (off): only a
   * host that follows the version (LISTEN on `CATALOG_CHANNEL`, as apps/api does) may turn it on.
   */
  readCacheTtlMs?: number;
}

/**
 * The catalog as shoppers see it, bound to one database. Created once per process: it holds
 * the read and facet-count caches, which is what makes repeated reads cheap. Checkout never
 * goes through it: stock and prices it charges are read live.
 *
 * @example const catalog = createCatalogService(db.prisma); await catalog.list(CatalogListInput.parse({}))
 */
export function createCatalogService(prisma: PrismaClient, options: CatalogServiceOptions = {}) {
  const facetCacheTtlMs = options.facetCacheTtlMs ?? 10_000;
  // Counts in memory from a per-process snapshot; a time-to-live of 0 asks for counting in SQL
  // on every request instead (the benchmarks' uncached baseline).
  const facetIndex = facetCacheTtlMs > 0 ? createFacetIndex(prisma, { maxAgeMs: facetCacheTtlMs }) : undefined;
  const dropListeners = new Set<() => void>();
  const reads = createCatalogReadCache({ ttlMs: options.readCacheTtlMs ?? 0 }, () => {
    for (const listener of dropListeners) listener();
  });
  /** A newer version drops every cached read and, so a listing's total follows its items, the facet snapshot. */
  const followVersion = (version: string): boolean => {
    const moved = reads.sync(version);
    if (moved) facetIndex?.markStale('all');
    return moved;
  };
  return {
    list: (query: CatalogListQuery) => reads.read('list', JSON.stringify(query), () => listProducts(prisma, query, { facetIndex })),
    bySlug: (slug: string) =>
      reads.read('bySlug', slug, () => productBySlug(prisma, slug, facetIndex ? async () => (await facetIndex.snapshot()).categoryTree : undefined)),
    categories: () => reads.read('categories', '', () => loadCategoryTree(prisma)),
    featured: (limit: number) => featuredProducts(prisma, limit),
    /** Follows a catalog version announced on `CATALOG_CHANNEL`; a newer one drops every cached read. */
    syncVersion: (version: string) => followVersion(version),
    /** Drops every cached read (a stock state moved: announced without a new version). */
    dropCachedReads: () => {
      reads.clear();
      facetIndex?.markStale('stock');
    },
    /**
     * The catalog version this process's cached reads are at (read from the database when it
     * follows none yet). Front ends key whole cached pages by it: a page made at this version
     * shows nothing older than these reads.
     */
    version: async (): Promise<string> => reads.version ?? readCatalogVersion(prisma),
    /** The catalog version last followed (by `syncVersion` or `refreshVersion`), or null before the first: what other per-version caches key by. */
    followedVersion: (): string | null => reads.version,
    /** Reads the catalog version from the database and follows it (after a write here; as a safety net for a lost NOTIFY). */
    refreshVersion: async () => followVersion(await readCatalogVersion(prisma)),
    /** The configured time-to-live of cached reads in ms (0: off): what caches built on these reads may keep at most. */
    readCacheTtlMs: options.readCacheTtlMs ?? 0,
    /**
     * Calls `listener` whenever every cached read is dropped (a new version, a stock state that
     * moved): caches of answers built from these reads drop theirs with it. Returns the unsubscribe.
     */
    onCachedReadsDropped: (listener: () => void): (() => void) => {
      dropListeners.add(listener);
      return () => dropListeners.delete(listener);
    },
    /** Runs `work`, and says until when the cached reads it made stay fresh (catalog-read-cache.ts `observeExpiry`). */
    observeReadExpiry: <T>(work: () => T) => reads.observeExpiry(work),
    /** Cached reads answered from memory and those that loaded, since the start (for the cache's hit ratio). */
    cacheStats: () => reads.stats(),
  };
}

export type CatalogService = ReturnType<typeof createCatalogService>;
