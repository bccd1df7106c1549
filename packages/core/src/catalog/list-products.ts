import type { PrismaClient } from '@tandem/db';
import type { CatalogListQuery } from '@tandem/validators';
import { NotFoundError } from '../shared/errors.ts';
import { findCategory, subtreeIds } from './category-tree.ts';
import { decodeCursor, encodeCursor } from './listing-cursor.ts';
import { afterCursor, listingOrder, sortKeyOf } from './listing-order.ts';
import { listingFacets } from './product-facets.ts';
import { productCardSelect, toProductCard } from './product-card.ts';
import { productWhere, type ResolvedFilters } from './product-filters.ts';
import { loadCategoryTree } from './load-categories.ts';
import type { CatalogPage } from './types.ts';

/**
 * One page of the shopper-visible catalog: filtered by category (with its sub-categories),
 * brands, price, attributes and stock; sorted; keyset-paginated; with facet counts.
 *
 * @example listProducts(prisma, CatalogListInput.parse({ category: 'bikes', sort: 'price-asc' }))
 */
export async function listProducts(prisma: PrismaClient, query: CatalogListQuery): Promise<CatalogPage> {
  const tree = await loadCategoryTree(prisma);
  let categoryIds: string[] | undefined;
  if (query.category) {
    const category = findCategory(tree, query.category);
    if (!category) throw new NotFoundError('category', query.category);
    categoryIds = subtreeIds(category);
  }
  const filters: ResolvedFilters = { query, categoryIds };
  const where = productWhere(filters);
  const cursor = query.cursor ? decodeCursor(query.cursor, query.sort) : undefined;

  const [rows, total, facets] = await Promise.all([
    prisma.product.findMany({
      where: cursor ? { AND: [where, afterCursor(cursor)] } : where,
      orderBy: listingOrder(query.sort),
      take: query.limit + 1,
      select: { ...productCardSelect, minPriceAmount: true, title: true, createdAt: true },
    }),
    prisma.product.count({ where }),
    query.withFacets ? listingFacets(prisma, filters, tree) : Promise.resolve(null),
  ]);

  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  const nextCursor =
    rows.length > query.limit && last ? encodeCursor({ sort: query.sort, key: sortKeyOf(query.sort, last), id: last.id }) : null;
  return { items: page.map(toProductCard), nextCursor, total, facets };
}
