import { randomUUID } from 'node:crypto';
import { createTestDatabase, TEST_STOREFRONT_URL, makeCategory, makeProduct, type TestDatabase } from '@tandem/db/testing';
import { seedCheckoutSettings } from '@tandem/db/seed';
import { PaymentProviderError, type PaymentProvider } from '@tandem/payments';
import { OfflinePaymentProvider } from '@tandem/payments/offline';
import { onJobsEnqueuedLocally } from '@tandem/core/jobs';
import { ORDER_EVENT_JOB } from '@tandem/core/orders';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiServices, type ApiServices } from '../context.ts';
import { embeddedAdapters } from '../testing/adapters.ts';
import { callerFor, signedInCustomer } from '../testing/callers.ts';
import { runOrderEventJobs } from '../testing/order-events.ts';

let db: TestDatabase;
let services: ApiServices;
let categoryId: string;

const address = { name: 'Anna Rider', line1: 'Keizersgracht 1', postalCode: '1015 CJ', city: 'Amsterdam', country: 'NL' };

beforeAll(async () => {
  db = await createTestDatabase();
  await seedCheckoutSettings(db.prisma);
  services = createApiServices(db.prisma, { ...embeddedAdapters(db.prisma), storefrontUrl: TEST_STOREFRONT_URL, catalog: { facetCacheTtlMs: 0 } });
  categoryId = (await makeCategory(db.prisma, 'parts')).id;
});
afterAll(() => db.close());

async function variantWith(stockOnHand: number, priceAmount = 2_999) {
  const slug = `part-${randomUUID().slice(0, 8)}`;
  const product = await makeProduct(db.prisma, { slug, title: slug, categoryId, variants: [{ priceAmount, stockOnHand }] });
  return db.prisma.productVariant.findFirstOrThrow({ where: { productId: product.id } });
}

async function shopperWithCart(variantId: string, quantity: number, svc = services) {
  const shopper = await signedInCustomer(db.prisma);
  const api = callerFor(svc, { sessionToken: shopper.sessionToken });
  await api.cart.addLine({ variantId, quantity });
  return { ...shopper, api };
}

describe('checkout.quote', () => {
  it('prices goods, shipping and tax on the server', async () => {
    const variant = await variantWith(10, 2_000);
    const { api } = await shopperWithCart(variant.id, 2);
    const quote = await api.checkout.quote({ country: 'NL' });
    expect(quote.subtotal).toEqual({ amount: 4_000, currency: 'EUR' });
    expect(quote.shipping).toMatchObject({ code: 'standard', amount: 495 });
    expect(quote.total.amount).toBe(4_495);
    expect(quote.tax.amount).toBe(694 + 86); // 21 % inside 4 000 and inside 495
    expect((await api.checkout.quote({ country: 'NL', shippingMethodCode: 'bike-freight' })).total.amount).toBe(8_900);
    await expect(api.checkout.quote({ country: 'US' })).rejects.toMatchObject({ code: 'BAD_REQUEST', message: 'Sorry, we do not deliver to US yet.' });
  });

  it('adds tax on top when the store prices exclude tax', async () => {
    await db.prisma.storeSettings.update({ where: { id: 'default' }, data: { pricesIncludeTax: false } });
    try {
      const variant = await variantWith(10, 2_000);
      const { api } = await shopperWithCart(variant.id, 2);
      const quote = await api.checkout.quote({ country: 'DE' });
      expect(quote.pricesIncludeTax).toBe(false);
      expect(quote.shipping).toMatchObject({ code: 'standard', amount: 995 });
      expect(quote.tax.amount).toBe(760 + 189); // 19 % of 4 000 and of 995
      expect(quote.total.amount).toBe(4_000 + 995 + 949);
    } finally {
      await db.prisma.storeSettings.update({ where: { id: 'default' }, data: { pricesIncludeTax: true } });
    }
  });

  it('quotes a guest by cart token: without a cart there is nothing to quote', async () => {
    await expect(callerFor(services).checkout.quote({ country: 'NL' })).rejects.toMatchObject({ code: 'BAD_REQUEST', message: 'Your cart is empty.' });
  });
});

describe('checkout.placeOrder', () => {
  it('records the order at server prices whatever the client sends, reserves stock and empties the cart', async () => {
    const variant = await variantWith(5, 2_999);
    const { api } = await shopperWithCart(variant.id, 2);
    const tampered = { idempotencyKey: randomUUID(), shippingAddress: address, shippingMethodCode: 'standard', acceptedTerms: true, total: 1, totalAmount: 1, lines: [{ unitPriceAmount: 1 }] };
    const order = await api.checkout.placeOrder(tampered as Parameters<typeof api.checkout.placeOrder>[0]);
    expect(order).toMatchObject({ status: 'AWAITING_PAYMENT', subtotal: { amount: 5_998 }, shipping: { amount: 0 }, total: { amount: 5_998 } });
    expect(order.lines.map((l) => [l.quantity, l.unitPrice.amount])).toEqual([[2, 2_999]]);
    expect(order.payment).toMatchObject({ provider: 'offline', state: 'PENDING' });
    expect((await db.prisma.productVariant.findUniqueOrThrow({ where: { id: variant.id } })).stockOnHand).toBe(3);
    expect((await api.cart.get()).lines).toEqual([]);
    await runOrderEventJobs(db.prisma);
    expect(await db.prisma.outboxEmail.count({ where: { kind: 'order_confirmation', subject: { contains: order.number } } })).toBe(1);
    expect((await api.orders.list()).map((o) => o.id)).toEqual([order.id]);
  });

  it('answers with the order exactly as reading it back shows it (built from what was written, not re-read)', async () => {
    const [a, b, c] = await Promise.all([variantWith(5, 1_250), variantWith(5, 2_999), variantWith(5, 40)]);
    const { api } = await shopperWithCart(b!.id, 2);
    await api.cart.addLine({ variantId: c!.id, quantity: 3 });
    await api.cart.addLine({ variantId: a!.id, quantity: 1 });
    const order = await api.checkout.placeOrder({ idempotencyKey: randomUUID(), shippingAddress: address, shippingMethodCode: 'standard', acceptedTerms: true });
    expect(order.lines).toHaveLength(3);
    expect(order).toEqual(await api.orders.byId({ id: order.id }));
  });

  it('announces its "placed" event to this process\'s workers after the commit, the job queued without a NOTIFY', async () => {
    const announced: string[] = [];
    const unsubscribe = onJobsEnqueuedLocally((kind) => void announced.push(kind));
    try {
      const variant = await variantWith(5);
      const { api } = await shopperWithCart(variant.id, 1);
      const order = await api.checkout.placeOrder({ idempotencyKey: randomUUID(), shippingAddress: address, shippingMethodCode: 'standard', acceptedTerms: true });
      expect(announced).toEqual([ORDER_EVENT_JOB]);
      // By the time of the announcement the job is committed, so a woken worker finds it.
      const jobs = await db.prisma.job.findMany({ where: { kind: ORDER_EVENT_JOB, key: `order:${order.id}:events` } });
      expect(jobs).toHaveLength(1);
      // A refused placement (the cart is now empty) announces nothing.
      announced.length = 0;
      const failed = await api.checkout.placeOrder({ idempotencyKey: randomUUID(), shippingAddress: address, shippingMethodCode: 'standard', acceptedTerms: true }).catch(() => 'refused');
      expect(failed).toBe('refused');
      expect(announced).toEqual([]);
    } finally {
      unsubscribe();
    }
  });

  it('sells the last 10 units to exactly 10 of 50 concurrent shoppers, never below zero; a refused order writes nothing', async () => {
    const variant = await variantWith(10);
    const shoppers = await Promise.all(Array.from({ length: 50 }, () => shopperWithCart(variant.id, 1)));
    const results = await Promise.allSettled(
      shoppers.map(({ api }) => api.checkout.placeOrder({ idempotencyKey: randomUUID(), shippingAddress: address, shippingMethodCode: 'standard', acceptedTerms: true })),
    );
    const placed = results.filter((r) => r.status === 'fulfilled');
    const refused = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect(placed).toHaveLength(10);
    expect(refused.every((r) => (r.reason as { code?: string }).code === 'CONFLICT')).toBe(true);
    expect((await db.prisma.productVariant.findUniqueOrThrow({ where: { id: variant.id } })).stockOnHand).toBe(0);
    expect(await db.prisma.orderLine.aggregate({ where: { variantId: variant.id }, _sum: { quantity: true } })).toEqual({ _sum: { quantity: 10 } });
    // The order is written before the stock is taken, in the same transaction: a refusal leaves no trace.
    const customerIds = shoppers.map((s) => s.customer.id);
    expect(await db.prisma.order.count({ where: { customerId: { in: customerIds } } })).toBe(10);
    expect(await db.prisma.cart.count({ where: { customerId: { in: customerIds }, status: 'ACTIVE' } })).toBe(40);
  });

  it('answers 10 simultaneous copies of one request with one order and one payment', async () => {
    const variant = await variantWith(20);
    const { api, customer } = await shopperWithCart(variant.id, 3);
    const request = { idempotencyKey: randomUUID(), shippingAddress: address, shippingMethodCode: 'standard', acceptedTerms: true as const };
    const orders = await Promise.all(Array.from({ length: 10 }, () => api.checkout.placeOrder(request)));
    expect(new Set(orders.map((o) => o.id)).size).toBe(1);
    expect(await db.prisma.order.count({ where: { customerId: customer.id } })).toBe(1);
    expect(await db.prisma.payment.count({ where: { orderId: orders[0]!.id } })).toBe(1);
    expect((await db.prisma.productVariant.findUniqueOrThrow({ where: { id: variant.id } })).stockOnHand).toBe(17);
  });

  it('places concurrent orders whose carts hold the same variants in opposite order without deadlocks', async () => {
    const [a, b, c] = await Promise.all([variantWith(100), variantWith(100), variantWith(100)]);
    const orders = [[a!, b!, c!], [c!, b!, a!], [b!, c!, a!], [a!, c!, b!]];
    const shoppers = await Promise.all(
      Array.from({ length: 24 }, async (_, i) => {
        const shopper = await signedInCustomer(db.prisma);
        const api = callerFor(services, { sessionToken: shopper.sessionToken });
        for (const variant of orders[i % orders.length]!) await api.cart.addLine({ variantId: variant.id, quantity: 1 });
        return api;
      }),
    );
    const results = await Promise.allSettled(
      shoppers.map((api) => api.checkout.placeOrder({ idempotencyKey: randomUUID(), shippingAddress: address, shippingMethodCode: 'standard', acceptedTerms: true })),
    );
    expect(results.filter((r) => r.status === 'rejected').map((r) => String((r as PromiseRejectedResult).reason))).toEqual([]);
    for (const variant of [a!, b!, c!]) {
      expect((await db.prisma.productVariant.findUniqueOrThrow({ where: { id: variant.id } })).stockOnHand).toBe(76);
    }
  });

  it('pays at once with the offline provider in demo mode', async () => {
    const demo = createApiServices(db.prisma, { ...embeddedAdapters(db.prisma), storefrontUrl: TEST_STOREFRONT_URL, payments: new OfflinePaymentProvider({ autoConfirm: true }) });
    const variant = await variantWith(3);
    const { api } = await shopperWithCart(variant.id, 1, demo);
    const order = await api.checkout.placeOrder({ idempotencyKey: randomUUID(), shippingAddress: address, shippingMethodCode: 'standard', acceptedTerms: true });
    expect(order.status).toBe('PAID');
    expect(order.payment?.state).toBe('SUCCEEDED');
    expect(order.timeline.map((e) => e.type)).toEqual(['placed', 'paid']);
  });

  it('cancels the order and puts the stock back when the payment cannot be started', async () => {
    const failing: PaymentProvider = Object.assign(new OfflinePaymentProvider(), {
      createPayment: async () => {
        throw new PaymentProviderError('unavailable', 'provider down', true);
      },
    });
    const variant = await variantWith(4);
    const { api, customer } = await shopperWithCart(variant.id, 2, createApiServices(db.prisma, { ...embeddedAdapters(db.prisma), storefrontUrl: TEST_STOREFRONT_URL, payments: failing }));
    await expect(api.checkout.placeOrder({ idempotencyKey: randomUUID(), shippingAddress: address, shippingMethodCode: 'standard', acceptedTerms: true })).rejects.toMatchObject({
      code: 'SERVICE_UNAVAILABLE',
    });
    expect((await db.prisma.productVariant.findUniqueOrThrow({ where: { id: variant.id } })).stockOnHand).toBe(4);
    expect(await db.prisma.order.findFirst({ where: { customerId: customer.id }, select: { status: true } })).toEqual({ status: 'CANCELLED' });
  });

  it('refuses an empty cart and unknown shipping methods', async () => {
    const shopper = await signedInCustomer(db.prisma);
    const api = callerFor(services, { sessionToken: shopper.sessionToken });
    const request = { idempotencyKey: randomUUID(), shippingAddress: address, shippingMethodCode: 'standard', acceptedTerms: true as const };
    await expect(api.checkout.placeOrder(request)).rejects.toMatchObject({ code: 'BAD_REQUEST', message: 'Your cart is empty.' });
    await api.cart.addLine({ variantId: (await variantWith(2)).id, quantity: 1 });
    await expect(api.checkout.placeOrder({ ...request, shippingMethodCode: 'teleport' })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
  });
});

describe('orders', () => {
  it('gives customer B NOT_FOUND for customer A\'s order', async () => {
    const variant = await variantWith(5);
    const a = await shopperWithCart(variant.id, 1);
    const order = await a.api.checkout.placeOrder({ idempotencyKey: randomUUID(), shippingAddress: address, shippingMethodCode: 'standard', acceptedTerms: true });
    const b = await signedInCustomer(db.prisma);
    const asB = callerFor(services, { sessionToken: b.sessionToken });
    await expect(asB.orders.byId({ id: order.id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await asB.orders.list()).toEqual([]);
    expect((await a.api.orders.byId({ id: order.id })).number).toBe(order.number);
  });
});
