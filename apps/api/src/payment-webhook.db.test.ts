import { randomUUID } from 'node:crypto';
import type http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import { seedCheckoutSettings } from '@tandem/db/seed';
import { createTestDatabase, TEST_STOREFRONT_URL, makeCategory, makeProduct, type TestDatabase } from '@tandem/db/testing';
import { StripePaymentProvider } from '@tandem/payments/stripe';
import Stripe from 'stripe';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { embeddedAdapters } from '@tandem/api/testing/adapters';
import { createApiServer } from './server.ts';

const WEBHOOK_SECRET = 'whsec_test_secret';
const stripe = new Stripe('sk_test_unused');
let db: TestDatabase;
let server: http.Server;
let base: string;

beforeAll(async () => {
  db = await createTestDatabase();
  await seedCheckoutSettings(db.prisma);
  const payments = new StripePaymentProvider({ secretKey: 'sk_test_unused', webhookSecret: WEBHOOK_SECRET });
  server = createApiServer({ db, mediaDir: os.tmpdir(), storefrontUrl: TEST_STOREFRONT_URL, services: { ...embeddedAdapters(db.prisma), payments } });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await db.close();
});

/** An order awaiting payment, with a Stripe PaymentIntent recorded for it. */
async function orderWithIntent() {
  const category = await makeCategory(db.prisma, `c-${randomUUID().slice(0, 8)}`);
  const product = await makeProduct(db.prisma, { slug: `p-${randomUUID().slice(0, 8)}`, categoryId: category.id });
  const variant = await db.prisma.productVariant.findFirstOrThrow({ where: { productId: product.id } });
  const customer = await db.prisma.customer.create({ data: { email: `${randomUUID()}@example.test`, name: 'C', passwordHash: 'x' } });
  const intentId = `pi_${randomUUID().replace(/-/g, '')}`;
  const order = await db.prisma.order.create({
    data: {
      number: `T-${randomUUID().slice(0, 8)}`, customerId: customer.id, idempotencyKey: randomUUID(), email: customer.email,
      currency: 'EUR', pricesIncludeTax: true, subtotalAmount: 1_000, shippingAmount: 0, taxAmount: 174, totalAmount: 1_000,
      shippingAddress: {}, shippingMethodCode: 'standard', shippingMethodName: 'Standard', reservationExpiresAt: new Date(Date.now() + 3_600_000),
      lines: { create: { variantId: variant.id, sku: variant.sku, productTitle: 'P', variantTitle: 'V', quantity: 1, unitPriceAmount: 1_000, lineTotalAmount: 1_000, taxAmount: 174 } },
      payments: { create: { provider: 'stripe', providerRef: intentId, amount: 1_000, currency: 'EUR', stateChangedAt: new Date(0) } },
    },
  });
  return { order, intentId };
}

function intentEvent(intentId: string, type: string, status: string, created: number) {
  return {
    id: `evt_${randomUUID().replace(/-/g, '')}`,
    object: 'event',
    type,
    created,
    api_version: '2026-10-28.endive',
    livemode: false,
    pending_webhooks: 1,
    request: { id: null, idempotency_key: null },
    data: { object: { id: intentId, object: 'payment_intent', amount: 1_000, amount_received: status === 'succeeded' ? 1_000 : 0, currency: 'eur', status, metadata: {} } },
  };
}

async function deliver(payload: string, signature?: string) {
  return fetch(`${base}/webhooks/payments`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(signature ? { 'stripe-signature': signature } : {}) },
    body: payload,
  });
}

const sign = (payload: string, timestamp?: number) => stripe.webhooks.generateTestHeaderString({ payload, secret: WEBHOOK_SECRET, ...(timestamp ? { timestamp } : {}) });
const orderStatus = async (id: string) => (await db.prisma.order.findUniqueOrThrow({ where: { id } })).status;

describe('POST /webhooks/payments (Stripe)', () => {
  it('delivered 5 times concurrently and shuffled, each event has one effect and the last real state wins', async () => {
    const { order, intentId } = await orderWithIntent();
    const now = Math.floor(Date.now() / 1000);
    const events = [intentEvent(intentId, 'payment_intent.processing', 'processing', now), intentEvent(intentId, 'payment_intent.succeeded', 'succeeded', now + 5)];
    const deliveries = events.flatMap((e) => Array.from({ length: 5 }, () => JSON.stringify(e))).sort(() => Math.random() - 0.5);
    const responses = await Promise.all(deliveries.map((payload) => deliver(payload, sign(payload))));
    expect(responses.map((r) => r.status)).toEqual(Array(10).fill(200));
    expect(await orderStatus(order.id)).toBe('PAID');
    expect(await db.prisma.payment.findFirstOrThrow({ where: { providerRef: intentId }, select: { state: true } })).toEqual({ state: 'SUCCEEDED' });
    expect(await db.prisma.paymentEventReceipt.count({ where: { eventId: { in: events.map((e) => e.id) } } })).toBe(2);
    expect(await db.prisma.orderEvent.count({ where: { orderId: order.id, type: 'paid' } })).toBe(1);
  });

  it('keeps a paid order paid when a processing event of the same second arrives after its succeeded event', async () => {
    const { order, intentId } = await orderWithIntent();
    const created = Math.floor(Date.now() / 1000);
    for (const event of [intentEvent(intentId, 'payment_intent.succeeded', 'succeeded', created), intentEvent(intentId, 'payment_intent.processing', 'processing', created)]) {
      const payload = JSON.stringify(event);
      expect((await deliver(payload, sign(payload))).status).toBe(200);
    }
    expect(await orderStatus(order.id)).toBe('PAID');
    // Stripe's `created` is in seconds; the payment remembers the event time it was given.
    expect(await db.prisma.payment.findFirstOrThrow({ where: { providerRef: intentId }, select: { state: true, stateChangedAt: true } })).toEqual({
      state: 'SUCCEEDED',
      stateChangedAt: new Date(created * 1000),
    });
  });

  it('rejects tampered, unsigned and stale events with no effect', async () => {
    const { order, intentId } = await orderWithIntent();
    const payload = JSON.stringify(intentEvent(intentId, 'payment_intent.succeeded', 'succeeded', Math.floor(Date.now() / 1000)));
    const tampered = payload.replace('"amount":1000', '"amount":1');
    expect((await deliver(tampered, sign(payload))).status).toBe(400);
    expect((await deliver(payload)).status).toBe(400);
    const stale = Math.floor(Date.now() / 1000) - 3_600;
    expect((await deliver(payload, sign(payload, stale))).status).toBe(400);
    expect(await orderStatus(order.id)).toBe('AWAITING_PAYMENT');
    expect(await db.prisma.paymentEventReceipt.count({ where: { eventId: JSON.parse(payload).id } })).toBe(0);
  });

  it('acknowledges events it does not act on', async () => {
    const payload = JSON.stringify({ ...intentEvent('pi_x', 'customer.created', 'x', Math.floor(Date.now() / 1000)), data: { object: { id: 'cus_1', object: 'customer' } } });
    const response = await deliver(payload, sign(payload));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ received: true, ignored: true });
  });
});
