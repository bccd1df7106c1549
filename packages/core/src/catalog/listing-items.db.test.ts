// The listing's page statement (ids from the sort index first, then the rows) against the plain
// Prisma query it stands for: on a random catalog, every random listing in every sort, paged
// through with its cursors, shows the same cards in the same order.
import type { Prisma } from '@tandem/db';
import { createTestDatabase, type TestDatabase } from '@tandem/db/testing';
import { CatalogListInput, CatalogSort, type CatalogListQuery } from '@tandem/validators';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listProducts } from './list-products.ts';
import { productCardSelect, toProductCard } from './product-card.ts';
import { randomQuery, seedRandomCatalog } from './random-listings.test-support.ts';
import type { ProductCard } from './types.ts';

let db: TestDatabase;

beforeAll(async () => {
  db = await createTestDatabase();
  await seedRandomCatalog(db.prisma);
});
afterAll(() => db.close());

const ORDER_BY: Record<CatalogSort, Prisma.ProductOrderByWithRelationInput[]> = {
  newest: [{ createdAt: 'desc' }, { id: 'desc' }],
  'price-asc': [{ minPriceAmount: 'asc' }, { id: 'asc' }],
  'price-desc': [{ minPriceAmount: 'desc' }, { id: 'desc' }],
  'name-asc': [{ title: 'asc' }, { id: 'asc' }],
  'name-desc': [{ title: 'desc' }, { id: 'desc' }],
};

/** Every card of the listing, in order, read through Prisma's query builder. */
async function expectedCards(query: CatalogListQuery): Promise<ProductCard[]> {
  const categoryIds = query.category ? await subtreeOf(query.category) : undefined;
  const where: Prisma.ProductWhereInput[] = [{ status: 'ACTIVE' }];
  if (categoryIds) where.push({ categoryId: { in: categoryIds } });
  if (query.brands?.length) where.push({ brand: { slug: { in: query.brands } } });
  if (query.minPrice !== undefined || query.maxPrice !== undefined) {
    where.push({ currency: query.currency, minPriceAmount: { gte: query.minPrice ?? 0, lte: query.maxPrice ?? 2_147_483_647 } });
  }
  if (query.inStock) where.push({ inStock: true });
  for (const [name, values] of Object.entries(query.attributes ?? {})) where.push({ attributes: { some: { name, value: { in: values } } } });
  const rows = await db.prisma.product.findMany({ where: { AND: where }, select: productCardSelect, orderBy: ORDER_BY[query.sort] });
  return rows.map(toProductCard);
}

/** The ids of the category with this slug and of all categories below it. */
async function subtreeOf(slug: string): Promise<string[]> {
  const all = await db.prisma.category.findMany({ select: { id: true, slug: true, parentId: true } });
  const ids = all.filter((c) => c.slug === slug).map((c) => c.id);
  for (let i = 0; i < ids.length; i++) ids.push(...all.filter((c) => c.parentId === ids[i]).map((c) => c.id));
  return ids;
}

/** Every card of the listing, page after page through `nextCursor`. */
async function pagedCards(query: CatalogListQuery): Promise<ProductCard[]> {
  const cards: ProductCard[] = [];
  let cursor: string | undefined;
  for (let page = 0; page < 100; page++) {
    const result = await listProducts(db.prisma, { ...query, cursor });
    cards.push(...result.items);
    if (!result.nextCursor) return cards;
    cursor = result.nextCursor;
  }
  throw new Error('The listing did not end within 100 pages');
}

describe('a listing page', () => {
  it('shows the same cards in the same order as the plain query, in every sort, across pages', async () => {
    let nonEmpty = 0;
    for (let seed = 1; seed <= 30; seed++) {
      for (const sort of CatalogSort.options) {
        const query = CatalogListInput.parse({ ...randomQuery(seed), withFacets: false, sort, limit: 4 });
        const expected = await expectedCards(query);
        if (expected.length) nonEmpty++;
        expect({ seed, sort, cards: await pagedCards(query) }).toEqual({ seed, sort, cards: expected });
      }
    }
    // The random listings must not all be empty, or the comparison proves nothing.
    expect(nonEmpty).toBeGreaterThan(50);
  });
});
