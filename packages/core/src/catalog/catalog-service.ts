import type { PrismaClient } from '@tandem/db';
import type { CatalogListQuery } from '@tandem/validators';
import { TtlCache } from '../shared/index.ts';
import { featuredProducts } from './featured-products.ts';
import type { ListingCounts } from './listing-facets.ts';
import { listProducts } from './list-products.ts';
import { loadCategoryTree } from './load-categories.ts';
import { productBySlug } from './product-detail.ts';

export interface CatalogServiceOptions {
  /**
   * How long facet counts and totals of one filter set are reused, in milliseconds; 0 turns
   * the cache off. Product pages themselves are always read live. Default 10 000.
   */
  facetCacheTtlMs?: number;
}

/**
 * The catalog as shoppers see it, bound to one database. Created once per process: it holds
 * the facet-count cache, which is what makes repeated listings cheap.
 *
 * @example const catalog = createCatalogService(db.prisma); await catalog.list(CatalogListInput.parse({}))
 */
export function createCatalogService(prisma: PrismaClient, options: CatalogServiceOptions = {}) {
  const countsCache = new TtlCache<ListingCounts>(options.facetCacheTtlMs ?? 10_000, 2_000);
  return {
    list: (query: CatalogListQuery) => listProducts(prisma, query, { countsCache }),
    bySlug: (slug: string) => productBySlug(prisma, slug),
    categories: () => loadCategoryTree(prisma),
    featured: (limit: number) => featuredProducts(prisma, limit),
  };
}

export type CatalogService = ReturnType<typeof createCatalogService>;
