// The in-memory facet index against the SQL it replaces: on a random catalog, every random
// listing gets the same total and facets both ways; and the index follows catalog changes when
// it is told of them (markStale), and not before.
import { createTestDatabase, makeBrand, makeCategory, makeProduct, type TestDatabase } from '@tandem/db/testing';
import { CatalogListInput, type CatalogListInput as ListInput } from '@tandem/validators';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFacetIndex } from './facet-index.ts';
import { listProducts } from './list-products.ts';

let db: TestDatabase;

/** A small deterministic generator (mulberry32), so a failure can be replayed. */
function random(seed: number) {
  let a = seed;
  const next = () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const some = <T>(items: readonly T[]): T[] => items.filter(() => next() < 0.35);
  return { next, pick, some };
}

const COLOURS = ['black', 'red', 'green', 'blue'];
const MATERIALS = ['carbon', 'aluminium', 'steel'];
const SIZES = ['S', 'M', 'L'];

beforeAll(async () => {
  db = await createTestDatabase();
  const p = db.prisma;
  const r = random(7);
  const bikes = await makeCategory(p, 'bikes');
  const road = await makeCategory(p, 'road', bikes);
  const gravel = await makeCategory(p, 'gravel', bikes);
  const parts = await makeCategory(p, 'parts');
  const categories = [bikes, road, gravel, parts];
  const brands = [await makeBrand(p, 'velora'), await makeBrand(p, 'grimpeur'), await makeBrand(p, 'ardent')];
  for (let i = 0; i < 60; i++) {
    await makeProduct(p, {
      slug: `product-${i}`,
      categoryId: r.pick(categories).id,
      brandId: r.next() < 0.2 ? undefined : r.pick(brands).id,
      status: r.next() < 0.15 ? r.pick(['DRAFT', 'ARCHIVED'] as const) : 'ACTIVE',
      attributes: { colour: r.some(COLOURS), 'frame-material': r.some(MATERIALS), size: r.some(SIZES) },
      variants: [{ priceAmount: 1_000 + Math.floor(r.next() * 300) * 100, stockOnHand: r.next() < 0.4 ? 0 : 3, currency: r.next() < 0.1 ? 'USD' : 'EUR' }],
    });
  }
});
afterAll(() => db.close());

function randomQuery(seed: number): ListInput {
  const r = random(seed);
  const query: ListInput = { withFacets: true };
  if (r.next() < 0.4) query.category = r.pick(['bikes', 'road', 'gravel', 'parts']);
  if (r.next() < 0.4) query.brands = r.some(['velora', 'grimpeur', 'ardent', 'no-such-brand']);
  if (r.next() < 0.3) query.minPrice = 5_000 + Math.floor(r.next() * 10_000);
  if (r.next() < 0.3) query.maxPrice = 15_000 + Math.floor(r.next() * 20_000);
  if (r.next() < 0.3) query.inStock = true;
  if (r.next() < 0.3) query.currency = 'USD';
  const attributes: Record<string, string[]> = {};
  if (r.next() < 0.4) attributes.colour = [r.pick(COLOURS)];
  if (r.next() < 0.3) attributes['frame-material'] = r.some(MATERIALS).concat(r.pick(MATERIALS));
  if (Object.keys(attributes).length) query.attributes = attributes;
  return query;
}

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
