import type { PrismaClient } from '@tandem/db';
import type { CatalogListQuery } from '@tandem/validators';
import { NotFoundError } from '../shared/index.ts';
import { findCategory, subtreeIds } from './category-tree.ts';
import { countFacets } from './facet-counting.ts';
import type { FacetIndex } from './facet-index.ts';
import { listingCounts, shapeListingCounts } from './listing-facets.ts';
import { decodeCursor, encodeCursor, type SortKey } from './listing-cursor.ts';
import { listingItems, type ListingItemRow } from './listing-items.ts';
import { listingPredicates } from './listing-predicates.ts';
import { loadCategoryStructure } from './load-categories.ts';
import { toProductCard } from './product-card.ts';
import type { CatalogPage } from './types.ts';

export interface ListProductsOptions {
  /** Counts facets and totals in memory from this index instead of a counting statement. */
  facetIndex?: FacetIndex | undefined;
}

/**
 * One page of the shopper-visible catalog: filtered by category (with its sub-categories),
 * brands, price, attributes and stock; sorted; keyset-paginated; with facet counts.
 * Three statements whatever the filters: the category tree, the page, the counts; one (the
 * page) with a facet index, which holds the category structure and counts in memory.
 *
 * @example listProducts(prisma, CatalogListInput.parse({ category: 'bikes', sort: 'price-asc' }))
 */
export async function listProducts(prisma: PrismaClient, query: CatalogListQuery, options: ListProductsOptions = {}): Promise<CatalogPage> {
  const cursor = query.cursor ? decodeCursor(query.cursor, query.sort) : undefined;
  const { facetIndex } = options;
  const snapshot = facetIndex ? await facetIndex.snapshot() : undefined;
  const tree = snapshot ? snapshot.categoryTree : await loadCategoryStructure(prisma);
  const category = query.category ? findCategory(tree, query.category) : undefined;
  if (query.category && !category) throw new NotFoundError('category', query.category);
  const categoryIds = category ? subtreeIds(category) : undefined;
  const predicates = listingPredicates(query, categoryIds);
  const shown = category ? category.children : tree;

  const [rows, counts] = await Promise.all([
    listingItems(prisma, predicates.all(), query.sort, cursor, query.limit + 1),
    snapshot
      ? shapeListingCounts(countFacets(snapshot, query, categoryIds), query, shown)
      : query.withFacets
        ? listingCounts(prisma, query, predicates, shown)
        : null,
  ]);
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  const nextCursor =
    rows.length > query.limit && last ? encodeCursor({ sort: query.sort, key: sortKeyOf(query.sort, last), id: last.id }) : null;
  const total = counts ? counts.total : await countMatching(prisma, predicates.all());
  return { items: page.map(toProductCard), nextCursor, total, facets: query.withFacets ? (counts?.facets ?? null) : null };
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
