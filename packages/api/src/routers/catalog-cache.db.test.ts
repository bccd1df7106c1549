import { createTestDatabase, TEST_STOREFRONT_URL, makeCategory, makeProduct, type TestDatabase } from '@tandem/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiContext, createApiServices } from '../context.ts';
import { embeddedAdapters } from '../testing/adapters.ts';
import { appRouter } from '../root.ts';
import { createCallerFactory } from '../trpc.ts';

const createCaller = createCallerFactory(appRouter);
let db: TestDatabase;

beforeAll(async () => {
  db = await createTestDatabase();
  const category = await makeCategory(db.prisma, 'helmets');
  await makeProduct(db.prisma, { slug: 'helmet-one', categoryId: category.id });
});
afterAll(() => db.close());

describe('catalog.list facet cache', () => {
  it('reuses counts of the same filters within the time-to-live while the page itself stays live', async () => {
    const api = createCaller(createApiContext(createApiServices(db.prisma, { ...embeddedAdapters(db.prisma), storefrontUrl: TEST_STOREFRONT_URL, catalog: { facetCacheTtlMs: 60_000 } })));
    const first = await api.catalog.list({ category: 'helmets' });
    expect(first.total).toBe(1);

    const category = await db.prisma.category.findUniqueOrThrow({ where: { slug: 'helmets' } });
    await makeProduct(db.prisma, { slug: 'helmet-two', categoryId: category.id });

    const cached = await api.catalog.list({ category: 'helmets', sort: 'name-asc' });
    expect(cached.items.map((p) => p.slug)).toEqual(['helmet-one', 'helmet-two']);
    expect(cached.total).toBe(1);
    expect(cached.facets).toEqual(first.facets);

    const uncached = createCaller(createApiContext(createApiServices(db.prisma, { ...embeddedAdapters(db.prisma), storefrontUrl: TEST_STOREFRONT_URL, catalog: { facetCacheTtlMs: 0 } })));
    expect((await uncached.catalog.list({ category: 'helmets' })).total).toBe(2);
  });

  it('answers withFacets: false with a live total and no facets', async () => {
    const api = createCaller(createApiContext(createApiServices(db.prisma, { ...embeddedAdapters(db.prisma), storefrontUrl: TEST_STOREFRONT_URL, catalog: { facetCacheTtlMs: 0 } })));
    const page = await api.catalog.list({ category: 'helmets', withFacets: false });
    expect(page.facets).toBeNull();
    expect(page.total).toBe(2);
  });
});
