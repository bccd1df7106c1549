import type { PrismaClient } from '@tandem/db';
import type { CatalogListQuery } from '@tandem/validators';
import { TtlCache } from '../shared/index.ts';
import { createCatalogReadCache } from './catalog-read-cache.ts';
import { readCatalogVersion } from './catalog-version.ts';
import { featuredProducts } from './featured-products.ts';
import type { ListingCounts } from './listing-facets.ts';
import { listProducts } from './list-products.ts';
import { loadCategoryTree } from './load-categories.ts';
import { productBySlug } from './product-detail.ts';

export interface CatalogServiceOptions {
  /**
   * How long facet counts and totals of one filter set are reused, in milliseconds; 0 turns
   * the cache off. Default 10 000.
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
  const countsCache = new TtlCache<ListingCounts>(options.facetCacheTtlMs ?? 10_000, 2_000);
  // A new catalog version drops facet counts too, so a listing's total follows its items.
  const reads = createCatalogReadCache({ ttlMs: options.readCacheTtlMs ?? 0 }, () => countsCache.clear());
  return {
    list: (query: CatalogListQuery) => reads.read('list', JSON.stringify(query), () => listProducts(prisma, query, { countsCache })),
    bySlug: (slug: string) => reads.read('bySlug', slug, () => productBySlug(prisma, slug)),
    categories: () => reads.read('categories', '', () => loadCategoryTree(prisma)),
    featured: (limit: number) => featuredProducts(prisma, limit),
    /** Follows a catalog version announced on `CATALOG_CHANNEL`; a newer one drops every cached read. */
    syncVersion: (version: string) => reads.sync(version),
    /** Drops every cached read (a stock state moved: announced without a new version). */
    dropCachedReads: () => reads.clear(),
    /** Reads the catalog version from the database and follows it (after a write here; as a safety net for a lost NOTIFY). */
    refreshVersion: async () => reads.sync(await readCatalogVersion(prisma)),
    /** Cached reads answered from memory and those that loaded, since the start (for the cache's hit ratio). */
    cacheStats: () => reads.stats(),
  };
}

export type CatalogService = ReturnType<typeof createCatalogService>;
