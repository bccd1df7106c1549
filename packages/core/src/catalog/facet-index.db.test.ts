// The in-memory facet index against the SQL it replaces: on a random catalog, every random
// listing gets the same total and facets both ways; and the index follows catalog changes when
// it is told of them (markStale), and not before.
import { createTestDatabase, makeProduct, type TestDatabase } from '@tandem/db/testing';
import { CatalogListInput } from '@tandem/validators';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFacetIndex } from './facet-index.ts';
import { listProducts } from './list-products.ts';
import { randomQuery, seedRandomCatalog } from './random-listings.test-support.ts';

let db: TestDatabase;

beforeAll(async () => {
  db = await createTestDatabase();
  await seedRandomCatalog(db.prisma);
});
afterAll(() => db.close());

describe('the in-memory facet index', () => {
  it('gives the same totals and facets as the counting statement, for 150 random listings', async () => {
    const facetIndex = createFacetIndex(db.prisma);
    for (let seed = 1; seed <= 150; seed++) {
      const query = CatalogListInput.parse(randomQuery(seed));
      const [bySql, byIndex] = [await listProducts(db.prisma, query), await listProducts(db.prisma, query, { facetIndex })];
      expect({ seed, total: byIndex.total, facets: byIndex.facets }).toEqual({ seed, total: bySql.total, facets: bySql.facets });
      expect(byIndex.items).toEqual(bySql.items);
    }
  });

  it('keeps its snapshot until told of a change, then shows it', async () => {
    let clock = 0;
    const facetIndex = createFacetIndex(db.prisma, { maxAgeMs: 60_000, now: () => clock });
    const query = CatalogListInput.parse({ withFacets: true, brands: ['ardent'] });
    const before = await listProducts(db.prisma, query, { facetIndex });
    const parts = await db.prisma.category.findFirstOrThrow({ where: { slug: 'parts' } });
    const ardent = await db.prisma.brand.findFirstOrThrow({ where: { slug: 'ardent' } });
    await makeProduct(db.prisma, { slug: 'new-ardent', categoryId: parts.id, brandId: ardent.id });

    clock += 1_000;
    expect((await listProducts(db.prisma, query, { facetIndex })).total).toBe(before.total);
    facetIndex.markStale('all');
    expect((await listProducts(db.prisma, query, { facetIndex })).total).toBe(before.total + 1);
  });

  it('rereads in-stock flags on a stock change, and everything once its time is up', async () => {
    let clock = 0;
    const facetIndex = createFacetIndex(db.prisma, { maxAgeMs: 10_000, now: () => clock });
    const query = CatalogListInput.parse({ withFacets: true });
    const inStockBefore = (await listProducts(db.prisma, query, { facetIndex })).facets!.inStockCount;
    const variant = await db.prisma.productVariant.findFirstOrThrow({ where: { stockOnHand: { gt: 0 }, product: { status: 'ACTIVE', slug: { startsWith: 'product-' } } } });
    await db.prisma.productVariant.update({ where: { id: variant.id }, data: { stockOnHand: 0 } });
    const inStockNow = (await listProducts(db.prisma, CatalogListInput.parse({ withFacets: true }))).facets!.inStockCount;
    expect(inStockNow).toBe(inStockBefore - 1);

    expect((await listProducts(db.prisma, query, { facetIndex })).facets!.inStockCount).toBe(inStockBefore);
    facetIndex.markStale('stock');
    expect((await listProducts(db.prisma, query, { facetIndex })).facets!.inStockCount).toBe(inStockNow);

    await db.prisma.productVariant.update({ where: { id: variant.id }, data: { stockOnHand: 3 } });
    clock += 10_000;
    expect((await listProducts(db.prisma, query, { facetIndex })).facets!.inStockCount).toBe(inStockBefore);
  });

  it('shares one rebuild between concurrent listings', async () => {
    const facetIndex = createFacetIndex(db.prisma);
    const [a, b] = [facetIndex.snapshot(), facetIndex.snapshot()];
    expect(await a).toBe(await b);
  });
});
