import type { PrismaClient } from '@tandem/db';
import type { CatalogListQuery } from '@tandem/validators';
import { NotFoundError, type TtlCache } from '../shared/index.ts';
import { findCategory, subtreeIds } from './category-tree.ts';
import { listingCounts } from './listing-facets.ts';
import { decodeCursor, encodeCursor, type SortKey } from './listing-cursor.ts';
import { listingItems, type ListingItemRow } from './listing-items.ts';
import { listingPredicates } from './listing-predicates.ts';
import { loadCategoryStructure } from './load-categories.ts';
import { toProductCard } from './product-card.ts';
import type { CatalogPage } from './types.ts';
import type { ListingCounts } from './listing-facets.ts';

export interface ListProductsOptions {
  /** Reuses facet counts and totals for the same filters (they do not depend on sort or page). */
  countsCache?: TtlCache<ListingCounts> | undefined;
}

/**
 * One page of the shopper-visible catalog: filtered by category (with its sub-categories),
 * brands, price, attributes and stock; sorted; keyset-paginated; with facet counts.
 * Three statements whatever the filters: the category tree, the page, the counts.
 *
 * @example listProducts(prisma, CatalogListInput.parse({ category: 'bikes', sort: 'price-asc' }))
 */
export async function listProducts(prisma: PrismaClient, query: CatalogListQuery, options: ListProductsOptions = {}): Promise<CatalogPage> {
  const cursor = query.cursor ? decodeCursor(query.cursor, query.sort) : undefined;
  const tree = await loadCategoryStructure(prisma);
  const category = query.category ? findCategory(tree, query.category) : undefined;
  if (query.category && !category) throw new NotFoundError('category', query.category);
  const predicates = listingPredicates(query, category ? subtreeIds(category) : undefined);

  const countsKey = filterKey(query);
  const computeCounts = () => listingCounts(prisma, query, predicates, category ? category.children : tree);
  const [rows, counts] = await Promise.all([
    listingItems(prisma, predicates.all(), query.sort, cursor, query.limit + 1),
    query.withFacets
      ? (options.countsCache?.getOrCompute(countsKey, computeCounts) ?? computeCounts())
      : (options.countsCache?.peek(countsKey) ?? null),
  ]);
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  const nextCursor =
    rows.length > query.limit && last ? encodeCursor({ sort: query.sort, key: sortKeyOf(query.sort, last), id: last.id }) : null;
  const total = counts ? counts.total : await countMatching(prisma, predicates.all());
  return { items: page.map(toProductCard), nextCursor, total, facets: query.withFacets ? (counts?.facets ?? null) : null };
}

/** The filters of a query in a canonical form: the same filters give the same key. */
function filterKey(query: CatalogListQuery): string {
  const attributes = Object.entries(query.attributes ?? {})
    .map(([name, values]) => [name, [...values].sort()] as const)
    .sort(([a], [b]) => a.localeCompare(b));
  return JSON.stringify([query.category ?? null, [...(query.brands ?? [])].sort(), query.minPrice ?? null, query.maxPrice ?? null, query.currency, query.inStock ?? false, attributes]);
}

function sortKeyOf(sort: CatalogQuerySort, row: ListingItemRow): SortKey {
  if (sort === 'newest') return row.createdAt.toISOString();
  return sort === 'price-asc' || sort === 'price-desc' ? row.minPriceAmount : row.title;
}

type CatalogQuerySort = CatalogListQuery['sort'];

async function countMatching(prisma: PrismaClient, filter: Parameters<typeof listingItems>[1]): Promise<number> {
  const [row] = await prisma.$queryRaw<{ n: bigint | number }[]>`SELECT count(*) AS n FROM "Product" p WHERE p.status = 'ACTIVE' AND ${filter}`;
  return Number(row?.n ?? 0);
}
