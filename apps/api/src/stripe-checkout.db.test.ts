// The checkout with Stripe keys set: the same place-order flow creates a PaymentIntent (against
// Stripe's own stripe-mock), the order waits for payment, and the signed webhook marks it paid.
import { randomUUID } from 'node:crypto';
import type http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import { createApiContext, createApiServices, appRouter, createCallerFactory } from '@tandem/api';
import { hashToken, newToken } from '@tandem/core/accounts';
import { seedCheckoutSettings } from '@tandem/db/seed';
import { createTestDatabase, TEST_STOREFRONT_URL, makeCategory, makeProduct, type TestDatabase } from '@tandem/db/testing';
import { StripePaymentProvider } from '@tandem/payments/stripe';
import { startStripeMock, type StripeMock } from '@tandem/payments/testing';
import Stripe from 'stripe';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { embeddedAdapters } from '@tandem/api/testing/adapters';
import { createApiServer } from './server.ts';

const WEBHOOK_SECRET = 'whsec_checkout_test';
let db: TestDatabase;
let mock: StripeMock;
let server: http.Server;
let base: string;
let payments: StripePaymentProvider;

beforeAll(async () => {
  mock = await startStripeMock();
  db = await createTestDatabase();
  await seedCheckoutSettings(db.prisma);
  payments = new StripePaymentProvider({ secretKey: 'sk_test_123', webhookSecret: WEBHOOK_SECRET, host: '127.0.0.1', port: mock.port, protocol: 'http' });
  server = createApiServer({ db, mediaDir: os.tmpdir(), storefrontUrl: TEST_STOREFRONT_URL, services: { ...embeddedAdapters(db.prisma), payments } });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}, 300_000);

afterAll(async () => {
  await new Promise((resolve) => server?.close(resolve));
  await db?.close();
  await mock?.stop();
});

describe('checkout with Stripe', () => {
  it('creates a PaymentIntent for the order and lets the signed webhook mark it paid', async () => {
    const category = await makeCategory(db.prisma, 'stripe-parts');
    const product = await makeProduct(db.prisma, { slug: 'stripe-chain', categoryId: category.id, variants: [{ priceAmount: 2_999, stockOnHand: 4 }] });
    const variant = await db.prisma.productVariant.findFirstOrThrow({ where: { productId: product.id } });
    const token = newToken();
    await db.prisma.customer.create({
      data: { email: 'stripe-buyer@example.test', name: 'S', passwordHash: 'x', sessions: { create: { tokenHash: hashToken(token), expiresAt: new Date(Date.now() + 3_600_000) } } },
    });
    const api = createCallerFactory(appRouter)(
      createApiContext(createApiServices(db.prisma, { ...embeddedAdapters(db.prisma), storefrontUrl: TEST_STOREFRONT_URL, payments }), { sessionToken: token, cartToken: null, ip: '127.0.0.1', userAgent: 'vitest' }),
    );
    await api.cart.addLine({ variantId: variant.id, quantity: 2 });
    const order = await api.checkout.placeOrder({
      idempotencyKey: randomUUID(),
      shippingAddress: { name: 'S', line1: 'Dam 1', postalCode: '1012 JS', city: 'Amsterdam', country: 'NL' },
      shippingMethodCode: 'standard',
      acceptedTerms: true,
    });
    expect(order.status).toBe('AWAITING_PAYMENT');
    expect(order.payment).toMatchObject({ provider: 'stripe', clientSecret: expect.any(String) });
    const payment = await db.prisma.payment.findFirstOrThrow({ where: { orderId: order.id } });
    expect(payment.providerRef).toMatch(/^pi_/);
    expect(payment.amount).toBe(order.total.amount);

    const event = {
      id: `evt_${randomUUID().replace(/-/g, '')}`, object: 'event', type: 'payment_intent.succeeded', created: Math.floor(Date.now() / 1000) + 1,
      api_version: '2026-10-28.endive', livemode: false, pending_webhooks: 1, request: { id: null, idempotency_key: null },
      data: { object: { id: payment.providerRef, object: 'payment_intent', amount: payment.amount, amount_received: payment.amount, currency: 'eur', status: 'succeeded', metadata: { orderId: order.id } } },
    };
    const payload = JSON.stringify(event);
    const signature = new Stripe('sk_test_unused').webhooks.generateTestHeaderString({ payload, secret: WEBHOOK_SECRET });
    const response = await fetch(`${base}/webhooks/payments`, { method: 'POST', headers: { 'content-type': 'application/json', 'stripe-signature': signature }, body: payload });
    expect(response.status).toBe(200);
    expect((await api.orders.byId({ id: order.id })).status).toBe('PAID');
  });
});
