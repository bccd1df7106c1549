import { createTestDatabase, TEST_STOREFRONT_URL, makeBrand, makeCategory, makeProduct, type TestDatabase } from '@tandem/db/testing';
import { TRPCError } from '@trpc/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appRouter } from '../root.ts';
import { createApiContext, createApiServices } from '../context.ts';
import { embeddedAdapters } from '../testing/adapters.ts';
import { createCallerFactory } from '../trpc.ts';

const createCaller = createCallerFactory(appRouter);
let db: TestDatabase;
let api: ReturnType<typeof createCaller>;
const day = (n: number) => new Date(Date.UTC(2026, 0, n));

beforeAll(async () => {
  db = await createTestDatabase();
  api = createCaller(createApiContext(createApiServices(db.prisma, { ...embeddedAdapters(db.prisma), storefrontUrl: TEST_STOREFRONT_URL, catalog: { facetCacheTtlMs: 0 } })));
  const p = db.prisma;
  const bikes = await makeCategory(p, 'bikes');
  const road = await makeCategory(p, 'road', bikes);
  const gravel = await makeCategory(p, 'gravel', bikes);
  const parts = await makeCategory(p, 'parts');
  const velora = await makeBrand(p, 'velora');
  const grimpeur = await makeBrand(p, 'grimpeur');
  await makeProduct(p, { slug: 'aero-road', title: 'Aero Road', categoryId: road.id, brandId: velora.id, createdAt: day(1),
    attributes: { 'frame-material': ['carbon'], colour: ['black', 'red'] },
    variants: [{ priceAmount: 200_000, stockOnHand: 3, optionValues: { size: 'S' } }, { priceAmount: 210_000, stockOnHand: 0, optionValues: { size: 'M' } }] });
  await makeProduct(p, { slug: 'alloy-road', title: 'Alloy Road', categoryId: road.id, brandId: grimpeur.id, createdAt: day(2),
    attributes: { 'frame-material': ['aluminium'], colour: ['black'] }, variants: [{ priceAmount: 150_000, stockOnHand: 0 }] });
  await makeProduct(p, { slug: 'gravel-one', title: 'Gravel One', categoryId: gravel.id, brandId: velora.id, createdAt: day(3),
    attributes: { 'frame-material': ['carbon'], colour: ['green'] },
    variants: [{ priceAmount: 180_000, stockOnHand: 0 }, { priceAmount: 190_000, stockOnHand: 2 }] });
  await makeProduct(p, { slug: 'draft-bike', categoryId: road.id, brandId: velora.id, status: 'DRAFT', createdAt: day(4) });
  await makeProduct(p, { slug: 'archived-bike', categoryId: gravel.id, status: 'ARCHIVED', createdAt: day(5) });
  await makeProduct(p, { slug: 'chain', title: 'Chain', categoryId: parts.id, brandId: grimpeur.id, createdAt: day(6), featured: true,
    variants: [{ priceAmount: 3_000 }] });
  await makeProduct(p, { slug: 'bar-tape', title: 'Bar Tape', categoryId: parts.id, createdAt: day(7),
    variants: [{ priceAmount: 2_500, compareAtAmount: 3_000 }] });
});
afterAll(() => db.close());

const slugs = (page: { items: { slug: string }[] }) => page.items.map((i) => i.slug);

describe('catalog.list', () => {
  it('shows active products only, newest first by default', async () => {
    const page = await api.catalog.list({});
    expect(slugs(page)).toEqual(['bar-tape', 'chain', 'gravel-one', 'alloy-road', 'aero-road']);
    expect(page.total).toBe(5);
  });

  it('includes the products of sub-categories when filtering by a category', async () => {
    expect(slugs(await api.catalog.list({ category: 'bikes', sort: 'name-asc' }))).toEqual(['aero-road', 'alloy-road', 'gravel-one']);
    expect(slugs(await api.catalog.list({ category: 'road', sort: 'name-asc' }))).toEqual(['aero-road', 'alloy-road']);
  });

  it('filters by brand, price range in minor units and stock', async () => {
    expect(slugs(await api.catalog.list({ brands: ['grimpeur'], sort: 'name-asc' }))).toEqual(['alloy-road', 'chain']);
    expect(slugs(await api.catalog.list({ minPrice: 2_500, maxPrice: 150_000, sort: 'price-asc' }))).toEqual(['bar-tape', 'chain', 'alloy-road']);
    expect(slugs(await api.catalog.list({ category: 'bikes', inStock: true, sort: 'name-asc' }))).toEqual(['aero-road', 'gravel-one']);
  });

  it('matches any value within an attribute and every attribute across them', async () => {
    expect(slugs(await api.catalog.list({ attributes: { colour: ['red', 'green'] }, sort: 'name-asc' }))).toEqual(['aero-road', 'gravel-one']);
    expect(slugs(await api.catalog.list({ attributes: { colour: ['black'], 'frame-material': ['carbon'] } }))).toEqual(['aero-road']);
  });

  it('sorts by the lowest variant price and by name', async () => {
    expect(slugs(await api.catalog.list({ sort: 'price-desc' }))).toEqual(['aero-road', 'gravel-one', 'alloy-road', 'chain', 'bar-tape']);
    expect(slugs(await api.catalog.list({ sort: 'name-desc' }))).toEqual(['gravel-one', 'chain', 'bar-tape', 'alloy-road', 'aero-road']);
  });

  it('walks every page once and in order with cursors, for every sort', async () => {
    for (const sort of ['newest', 'price-asc', 'price-desc', 'name-asc', 'name-desc'] as const) {
      const all = slugs(await api.catalog.list({ sort, limit: 100 }));
      const walked: string[] = [];
      let cursor: string | undefined;
      do {
        const page = await api.catalog.list({ sort, limit: 2, cursor, withFacets: false });
        expect(page.items.length).toBeLessThanOrEqual(2);
        walked.push(...slugs(page));
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      expect(walked).toEqual(all);
    }
  });

  it('counts each facet under every filter but its own', async () => {
    const { facets } = await api.catalog.list({ category: 'bikes', brands: ['velora'] });
    expect(facets!.brands).toEqual([
      { value: 'velora', label: 'VELORA', count: 2, selected: true },
      { value: 'grimpeur', label: 'GRIMPEUR', count: 1, selected: false },
    ]);
    expect(facets!.categories).toEqual([
      { value: 'road', label: 'Road', count: 1, selected: false },
      { value: 'gravel', label: 'Gravel', count: 1, selected: false },
    ]);
    const material = facets!.attributes.find((a) => a.name === 'frame-material');
    expect(material?.values).toEqual([{ value: 'carbon', label: 'carbon', count: 2, selected: false }]);
    expect(facets!.price).toEqual({ min: { amount: 180_000, currency: 'EUR' }, max: { amount: 200_000, currency: 'EUR' } });
    expect(facets!.inStockCount).toBe(2);
  });

  it('keeps the other values of a selected attribute countable', async () => {
    const { facets } = await api.catalog.list({ attributes: { 'frame-material': ['carbon'] } });
    expect(facets!.attributes.find((a) => a.name === 'frame-material')!.values).toEqual([
      { value: 'carbon', label: 'carbon', count: 2, selected: true },
      { value: 'aluminium', label: 'aluminium', count: 1, selected: false },
    ]);
  });

  it('shows the sale price against the regular price', async () => {
    const [tape] = (await api.catalog.list({ brands: [], attributes: {}, minPrice: 2_500, maxPrice: 2_500 })).items;
    expect(tape).toMatchObject({ slug: 'bar-tape', price: { min: { amount: 2_500 } }, compareAt: { amount: 3_000, currency: 'EUR' } });
  });

  it('rejects bad filters with BAD_REQUEST and unknown categories with NOT_FOUND', async () => {
    await expect(api.catalog.list({ minPrice: 500, maxPrice: 100 })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    await expect(api.catalog.list({ minPrice: -1 })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    await expect(api.catalog.list({ limit: 1000 })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    await expect(api.catalog.list({ category: 'Not A Slug' })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    await expect(api.catalog.list({ cursor: 'garbage' })).rejects.toMatchObject({ code: 'BAD_REQUEST', message: expect.stringMatching(/cursor/) });
    await expect(api.catalog.list({ category: 'unicycles' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('catalog.bySlug', () => {
  it('returns variants with stock state, options, attributes and breadcrumbs', async () => {
    const product = await api.catalog.bySlug({ slug: 'aero-road' });
    expect(product.breadcrumbs.map((c) => c.slug)).toEqual(['bikes', 'road']);
    expect(product.options).toEqual([{ name: 'size', values: ['S', 'M'] }]);
    expect(product.variants.map((v) => [v.optionValues.size, v.price.amount, v.stock.status])).toEqual([
      ['S', 200_000, 'low_stock'],
      ['M', 210_000, 'out_of_stock'],
    ]);
    expect(product.attributes).toEqual([
      { name: 'colour', values: ['black', 'red'] },
      { name: 'frame-material', values: ['carbon'] },
    ]);
    expect(product.price).toEqual({ min: { amount: 200_000, currency: 'EUR' }, max: { amount: 210_000, currency: 'EUR' } });
  });

  it('answers NOT_FOUND for unknown, draft and archived products', async () => {
    for (const slug of ['no-such-bike', 'draft-bike', 'archived-bike']) {
      const error = await api.catalog.bySlug({ slug }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(TRPCError);
      expect(error).toMatchObject({ code: 'NOT_FOUND' });
    }
  });
});

describe('catalog.categories and catalog.featured', () => {
  it('returns the tree with the visible products of each sub-tree', async () => {
    const tree = await api.catalog.categories();
    expect(tree.map((c) => [c.slug, c.productCount, c.children.map((k) => [k.slug, k.productCount])])).toEqual([
      ['bikes', 3, [['road', 2], ['gravel', 1]]],
      ['parts', 2, []],
    ]);
  });

  it('returns featured products only', async () => {
    expect((await api.catalog.featured({ limit: 8 })).map((p) => p.slug)).toEqual(['chain']);
  });
});
