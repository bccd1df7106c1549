// The hot paths' round trips to the database, counted from Prisma's query events: each
// statement costs the API process a socket write, Prisma's work and a wait, so placing an order
// or pricing a cart must not quietly grow new ones (README, Figures: `pnpm bench:checkout`).
import { randomUUID } from 'node:crypto';
import { PrismaClient } from '@tandem/db';
import { seedCheckoutSettings } from '@tandem/db/seed';
import { createTestDatabase, makeCategory, makeProduct, type TestDatabase } from '@tandem/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callerFor, signedInCustomer, testServices, type Caller } from '../testing/callers.ts';

let db: TestDatabase;
let counted: PrismaClient;
let statements: string[] = [];
let variantIds: string[] = [];

beforeAll(async () => {
  db = await createTestDatabase();
  await seedCheckoutSettings(db.prisma);
  // A second client on the same database that reports every statement it sends.
  const client = new PrismaClient({ adapter: db.adapterFactory, log: [{ emit: 'event' as const, level: 'query' as const }] });
  client.$on('query', (event) => statements.push(event.query));
  counted = client;
  const category = await makeCategory(db.prisma, 'counted');
  const product = await makeProduct(db.prisma, { slug: 'counted', title: 'Counted', categoryId: category.id, variants: [1, 2, 3].map((n) => ({ priceAmount: 1_000 * n, stockOnHand: 100 })) });
  variantIds = (await db.prisma.productVariant.findMany({ where: { productId: product.id }, select: { id: true }, orderBy: { id: 'asc' } })).map((v) => v.id);
});
afterAll(async () => {
  await counted.$disconnect();
  await db.close();
});

async function shopperWith(lines: number, services = testServices(counted)): Promise<Caller> {
  const shopper = await signedInCustomer(db.prisma);
  const api = callerFor(services, { sessionToken: shopper.sessionToken });
  for (const variantId of variantIds.slice(0, lines)) await api.cart.addLine({ variantId, quantity: 1 });
  return api;
}

async function statementsOf(call: () => Promise<unknown>): Promise<number> {
  await call(); // warm: the first call of a process reads what later calls find cached
  statements = [];
  await call();
  return statements.length;
}

const placeOrder = (api: Caller) =>
  api.checkout.placeOrder({ idempotencyKey: randomUUID(), shippingAddress: { name: 'Ada', line1: 'Keizersgracht 1', postalCode: '1015 CJ', city: 'Amsterdam', country: 'NL' }, shippingMethodCode: 'standard', acceptedTerms: true });

describe('statements per request', () => {
  it('places a one-line order in at most 16 statements (43, 28, then 17 before they were cut), however many lines', async () => {
    const oneLine = [await shopperWith(1), await shopperWith(1)];
    let turn = 0;
    expect(await statementsOf(() => placeOrder(oneLine[turn++]!))).toBeLessThanOrEqual(16);
    const threeLines = [await shopperWith(3), await shopperWith(3)];
    turn = 0;
    const perOrder = await statementsOf(() => placeOrder(threeLines[turn++]!));
    // The stock of every line is taken by one statement and the lines inserted by another.
    expect(perOrder).toBeLessThanOrEqual(16);
    // The answer is built from what was written: the order is not read back.
    expect(statements.some((s) => s.startsWith('SELECT') && s.includes('FROM "public"."OrderLine"'))).toBe(false);
  });

  it('places a one-line order in at most 14 statements with the rules cached per catalog version, as the API process does (16 reading them live)', async () => {
    const cached = testServices(counted, { pricing: { cacheRules: true } });
    await cached.catalog.refreshVersion();
    const shoppers = [await shopperWith(1, cached), await shopperWith(1, cached)];
    let turn = 0;
    expect(await statementsOf(() => placeOrder(shoppers[turn++]!))).toBeLessThanOrEqual(14);
    // Neither the promotions nor the price lists are read: the transaction read the catalog version with the volume tiers instead.
    expect(statements.some((s) => s.includes('FROM "public"."Promotion"') || s.includes('FROM "public"."PriceList"'))).toBe(false);
    expect(statements.filter((s) => s.includes('"CatalogVersion"'))).toHaveLength(1);
  });

  it('takes the stock in the last statement before COMMIT and sends no NOTIFY from the order’s transaction', async () => {
    const shoppers = [await shopperWith(2), await shopperWith(2)];
    let turn = 0;
    await statementsOf(() => placeOrder(shoppers[turn++]!));
    // Prisma logs it as `COMMIT` on PostgreSQL and `-- Implicit "COMMIT" query via underlying driver` on PGlite.
    const commit = statements.findIndex((s) => /^(COMMIT|-- Implicit "COMMIT")/.test(s.trim()));
    expect(commit).toBeGreaterThan(0);
    // The hot rows stay locked from this statement to COMMIT, and for nothing else.
    expect(statements[commit - 1]).toContain('UPDATE "ProductVariant"');
    expect(statements.slice(0, commit).filter((s) => s.includes('"ProductVariant" v SET'))).toHaveLength(1);
    // A NOTIFY would make every order's commit queue on one database-wide lock held through its flush.
    expect(statements.slice(0, commit).some((s) => s.includes('pg_notify'))).toBe(false);
  });

  it('reads a cart in at most 6 statements, the session and its customer in one', async () => {
    const api = await shopperWith(3);
    expect(await statementsOf(() => api.cart.get())).toBeLessThanOrEqual(6);
    expect(statements.filter((s) => s.includes('"Session"'))).toHaveLength(1);
  });

  it('prices a cart in at most 6 statements reading the rules live, as checkout does (10 before)', async () => {
    const api = await shopperWith(3);
    expect(await statementsOf(() => api.promotions.cartPricing())).toBeLessThanOrEqual(6);
  });

  it('prices a cart in at most 4 statements with the rules cached per catalog version, as the API process does (8 before)', async () => {
    // A process that follows the catalog version (apps/api) and caches the active rules by it.
    const cached = testServices(counted, { pricing: { cacheRules: true } });
    await cached.catalog.refreshVersion();
    const live = await shopperWith(3);
    const api = await shopperWith(3, cached);
    const liveCount = await statementsOf(() => live.promotions.cartPricing());
    const cachedCount = await statementsOf(() => api.promotions.cartPricing());
    expect(cachedCount).toBeLessThanOrEqual(4);
    // Neither the promotions nor the price lists are read.
    expect(liveCount - cachedCount).toBe(2);
    expect(statements.some((s) => s.includes('FROM "public"."Promotion"') || s.includes('FROM "public"."PriceList"'))).toBe(false);
  });
});
