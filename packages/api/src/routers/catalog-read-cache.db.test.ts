import { randomUUID } from 'node:crypto';
import { createTestDatabase, TEST_STOREFRONT_URL, makeCategory, makeProduct, type TestDatabase } from '@tandem/db/testing';
import { seedCheckoutSettings } from '@tandem/db/seed';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiServices, type ApiServices } from '../context.ts';
import { embeddedAdapters } from '../testing/adapters.ts';
import { callerFor, signedInCustomer, type Caller } from '../testing/callers.ts';

let db: TestDatabase;
// No process follows the catalog version here (no LISTEN, no poll): what is fresh below was made
// so by this process itself, and what is stale shows the cache is really on.
let services: ApiServices;
let manager: Caller;
let categoryId: string;

const address = { name: 'Anna Rider', line1: 'Keizersgracht 1', postalCode: '1015 CJ', city: 'Amsterdam', country: 'NL' };

beforeAll(async () => {
  db = await createTestDatabase();
  await seedCheckoutSettings(db.prisma);
  services = createApiServices(db.prisma, { ...embeddedAdapters(db.prisma), storefrontUrl: TEST_STOREFRONT_URL, catalog: { facetCacheTtlMs: 600_000, readCacheTtlMs: 600_000 } });
  manager = callerFor(services, { sessionToken: (await signedInCustomer(db.prisma, ['CATALOG_MANAGER'])).sessionToken });
  categoryId = (await makeCategory(db.prisma, 'chains')).id;
});
afterAll(() => db.close());

async function product(priceAmount: number, stockOnHand = 10) {
  const slug = `chain-${randomUUID().slice(0, 8)}`;
  const created = await makeProduct(db.prisma, { slug, categoryId, variants: [{ priceAmount, stockOnHand }] });
  const variant = await db.prisma.productVariant.findFirstOrThrow({ where: { productId: created.id } });
  await services.catalog.refreshVersion();
  return { id: created.id, slug, variantId: variant.id };
}

describe('cached catalog reads in one process', () => {
  it('shows a staff price change and unpublishing on the very next read, without waiting for a NOTIFY', async () => {
    const shopper = callerFor(services);
    const chain = await product(2_500);
    expect((await shopper.catalog.bySlug({ slug: chain.slug })).price.min.amount).toBe(2_500);
    expect((await shopper.catalog.list({ category: 'chains' })).items.map((p) => p.slug)).toContain(chain.slug);

    await manager.adminCatalog.variants.update({ id: chain.variantId, priceAmount: 1_900 });
    expect((await shopper.catalog.bySlug({ slug: chain.slug })).price.min.amount).toBe(1_900);

    await manager.adminCatalog.products.setStatus({ id: chain.id, status: 'DRAFT' });
    expect((await shopper.catalog.list({ category: 'chains' })).items.map((p) => p.slug)).not.toContain(chain.slug);
    await expect(shopper.catalog.bySlug({ slug: chain.slug })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('charges the live price at checkout while the cached product page still shows an older one', async () => {
    const chain = await product(3_000);
    const { sessionToken } = await signedInCustomer(db.prisma);
    const api = callerFor(services, { sessionToken });
    expect((await api.catalog.bySlug({ slug: chain.slug })).price.min.amount).toBe(3_000);
    await api.cart.addLine({ variantId: chain.variantId, quantity: 2 });

    // Written past this process (as another process would): its cache has not heard of it yet.
    await db.prisma.productVariant.update({ where: { id: chain.variantId }, data: { priceAmount: 3_400, stockOnHand: 2 } });
    expect((await api.catalog.bySlug({ slug: chain.slug })).price.min.amount).toBe(3_000);

    const order = await api.checkout.placeOrder({ idempotencyKey: randomUUID(), shippingAddress: address, shippingMethodCode: 'standard', acceptedTerms: true });
    expect(order.lines.map((l) => [l.quantity, l.unitPrice.amount])).toEqual([[2, 3_400]]);
    expect((await db.prisma.productVariant.findUniqueOrThrow({ where: { id: chain.variantId } })).stockOnHand).toBe(0);
  });

  it('tells front ends the catalog version its cached reads are at, which a staff change moves', async () => {
    const shopper = callerFor(services);
    const chain = await product(4_000);
    const before = (await shopper.catalog.version()).version;
    expect(before).toMatch(/^\d+$/);
    await manager.adminCatalog.variants.update({ id: chain.variantId, priceAmount: 3_900 });
    const after = (await shopper.catalog.version()).version;
    expect(BigInt(after)).toBeGreaterThan(BigInt(before));
  });
});
