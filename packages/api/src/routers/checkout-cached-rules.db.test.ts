// Placing an order with the promotions and price lists the API process caches per catalog version
// (core pricing/rules-cache.ts): checkout uses them only when the order's transaction reads the
// version they were held at, so a rule change committed just before placement — in another
// process, whose NOTIFY this one has not followed yet — is applied all the same.
import { randomUUID } from 'node:crypto';
import { seedCheckoutSettings } from '@tandem/db/seed';
import { createTestDatabase, makeCategory, makeProduct, type TestDatabase } from '@tandem/db/testing';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import type { ApiServices } from '../context.ts';
import { callerFor, signedInCustomer, testServices, type Caller } from '../testing/callers.ts';

let db: TestDatabase;
let services: ApiServices;
let variantId: string;

beforeAll(async () => {
  db = await createTestDatabase();
  await seedCheckoutSettings(db.prisma);
  services = testServices(db.prisma, { pricing: { cacheRules: true } });
  await services.catalog.refreshVersion();
  const category = await makeCategory(db.prisma, 'checkout-cached-rules');
  const product = await makeProduct(db.prisma, { slug: 'checkout-cached-rules', categoryId: category.id, variants: [{ priceAmount: 10_000, stockOnHand: 50 }] });
  variantId = (await db.prisma.productVariant.findFirstOrThrow({ where: { productId: product.id } })).id;
});
afterAll(async () => {
  await db.close();
});

async function shopperWithCart(): Promise<Caller> {
  const shopper = await signedInCustomer(db.prisma);
  const api = callerFor(services, { sessionToken: shopper.sessionToken });
  await api.cart.addLine({ variantId, quantity: 1 });
  return api;
}

const placeOrder = (api: Caller) =>
  api.checkout.placeOrder({ idempotencyKey: randomUUID(), shippingAddress: { name: 'Ada', line1: 'Keizersgracht 1', postalCode: '1015 CJ', city: 'Amsterdam', country: 'NL' }, shippingMethodCode: 'standard', acceptedTerms: true });

/** A change made by another process: this one's followed version (and so its cache) does not move. */
async function elsewhere(change: () => Promise<unknown>): Promise<void> {
  const followed = services.catalog.followedVersion();
  await change();
  expect(services.catalog.followedVersion()).toBe(followed);
}

describe('placing an order with the rules cached per catalog version', () => {
  it('applies a promotion committed just before placement that the process has not followed yet', async () => {
    const api = await shopperWithCart();
    // The quote fills the cache at the current version, without the promotion.
    expect((await api.promotions.cartPricing()).discountAmount).toBe(0);
    let promotionId = '';
    await elsewhere(async () => {
      promotionId = (await db.prisma.promotion.create({ data: { name: 'Just started', kind: 'PERCENT', percentBps: 1_000 } })).id;
    });
    // The quote still prices from the cache (the process has not followed the change)…
    expect((await api.promotions.cartPricing()).discountAmount).toBe(0);
    // …but the order does not: its transaction read a newer version and the rules live.
    const order = await placeOrder(api);
    expect(order.discount.amount).toBe(1_000);

    // Once followed, the cached rules price orders with the promotion too.
    await services.catalog.refreshVersion();
    expect((await placeOrder(await shopperWithCart())).discount.amount).toBe(1_000);

    await elsewhere(() => db.prisma.promotion.update({ where: { id: promotionId }, data: { active: false } }));
    expect((await placeOrder(await shopperWithCart())).discount.amount).toBe(0);
  });

  it('applies a promotion committed just before a guest places their order', async () => {
    const ip = '198.51.100.21';
    const { cartToken } = await callerFor(services, { ip }).cart.addLine({ variantId, quantity: 1 });
    const guest = callerFor(services, { cartToken: cartToken!, ip });
    await services.catalog.refreshVersion();
    const before = (await guest.promotions.cartPricing()).discountAmount;
    let promotionId = '';
    await elsewhere(async () => {
      promotionId = (await db.prisma.promotion.create({ data: { name: 'Guests too', kind: 'FIXED_AMOUNT', amount: 500, currency: 'EUR' } })).id;
    });
    onTestFinished(async () => {
      await db.prisma.promotion.update({ where: { id: promotionId }, data: { active: false } });
    });
    const placed = await guest.checkout.placeGuestOrder({ email: 'guest@example.test', idempotencyKey: randomUUID(), shippingAddress: { name: 'Gus', line1: 'Keizersgracht 2', postalCode: '1015 CJ', city: 'Amsterdam', country: 'NL' }, shippingMethodCode: 'standard', acceptedTerms: true });
    expect(placed.order.discount.amount).toBe(before + 500);
  });

  it('applies a price list committed just before placement', async () => {
    const api = await shopperWithCart();
    await services.catalog.refreshVersion();
    expect((await api.promotions.cartPricing()).discountAmount).toBe(0);
    await elsewhere(() => db.prisma.priceList.create({ data: { name: 'Everyone', customerGroup: 'CONSUMER', currency: 'EUR', entries: { create: [{ variantId, amount: 7_000 }] } } }));
    const order = await placeOrder(api);
    expect(order.lines[0]!.unitPrice.amount).toBe(7_000);
  });
});
