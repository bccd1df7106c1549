// Uncached shopper reads' round trips to the database, counted from Prisma's query events: with
// the facet snapshot warm, a listing (with facets, in a category) and a product page are one
// statement each (README, Figures: "Uncached catalog reads").
import { PrismaClient } from '@tandem/db';
import { createTestDatabase, makeCategory, makeProduct, type TestDatabase } from '@tandem/db/testing';
import { CatalogListInput } from '@tandem/validators';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCatalogService } from './catalog-service.ts';

let db: TestDatabase;
let counted: PrismaClient;
let statements: string[] = [];

beforeAll(async () => {
  db = await createTestDatabase();
  // A second client on the same database that reports every statement it sends.
  const client = new PrismaClient({ adapter: db.adapterFactory, log: [{ emit: 'event' as const, level: 'query' as const }] });
  client.$on('query', (event) => statements.push(event.query));
  counted = client;
  const bikes = await makeCategory(db.prisma, 'bikes');
  const road = await makeCategory(db.prisma, 'road', bikes);
  await makeProduct(db.prisma, { slug: 'counted', categoryId: road.id, attributes: { colour: ['red'] }, variants: [{ priceAmount: 1_000, stockOnHand: 3 }, { priceAmount: 2_000 }] });
});
afterAll(async () => {
  await counted.$disconnect();
  await db.close();
});

async function statementsOf(call: () => Promise<unknown>): Promise<number> {
  await call(); // warm: the first call builds the facet snapshot
  statements = [];
  await call();
  return statements.length;
}

describe('uncached catalog reads', () => {
  it('lists a category with its facets in one statement', async () => {
    const catalog = createCatalogService(counted);
    const query = CatalogListInput.parse({ category: 'bikes', sort: 'price-asc', attributes: { colour: ['red'] } });
    expect(await statementsOf(() => catalog.list(query))).toBe(1);
  });

  it('reads a product page, breadcrumbs included, in one statement', async () => {
    const catalog = createCatalogService(counted);
    expect(await statementsOf(() => catalog.bySlug('counted'))).toBe(1);
    expect((await catalog.bySlug('counted')).breadcrumbs.map((c) => c.slug)).toEqual(['bikes', 'road']);
  });
});
