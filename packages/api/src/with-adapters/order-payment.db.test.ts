// Orders placed by core's checkout with the offline payment adapter, then updated and expired: it
// lives here, beside the composition root, because core never imports an adapter, not even in a test.
import { randomUUID } from 'node:crypto';
import { seedCheckoutSettings } from '@tandem/db/seed';
import { createTestDatabase, makeCategory, makeProduct, type TestDatabase } from '@tandem/db/testing';
import { OfflinePaymentProvider } from '@tandem/payments/offline';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCartService } from '@tandem/core/carts';
import { placeOrder } from '@tandem/core/checkout';
import { applyPaymentUpdate, expireUnpaidOrders } from '@tandem/core/orders';

let db: TestDatabase;
const payments = new OfflinePaymentProvider();
const address = { name: 'B', line1: 'Dam 1', line2: '', postalCode: '1012 JS', city: 'Amsterdam', region: '', country: 'NL', phone: '' };

beforeAll(async () => {
  db = await createTestDatabase();
  await seedCheckoutSettings(db.prisma);
});
afterAll(() => db.close());

async function placedOrder(stockOnHand = 5) {
  const category = await makeCategory(db.prisma, `c-${randomUUID().slice(0, 8)}`);
  const product = await makeProduct(db.prisma, { slug: `p-${randomUUID().slice(0, 8)}`, categoryId: category.id, variants: [{ priceAmount: 10_000, stockOnHand }] });
  const variant = await db.prisma.productVariant.findFirstOrThrow({ where: { productId: product.id } });
  const customer = await db.prisma.customer.create({ data: { email: `${randomUUID()}@example.test`, name: 'B', passwordHash: 'x' } });
  await createCartService(db.prisma).addLine({ customerId: customer.id }, variant.id, 2);
  const order = await placeOrder(db.prisma, { manual: payments, online: null }, {
    customer: { id: customer.id, email: customer.email },
    idempotencyKey: randomUUID(),
    shippingAddress: address,
    shippingMethodCode: 'standard',
  });
  const payment = await db.prisma.payment.findFirstOrThrow({ where: { orderId: order.id } });
  return { order, payment, variant };
}

const orderState = (id: string) => db.prisma.order.findUniqueOrThrow({ where: { id }, select: { status: true, refundedAmount: true } });

describe('applyPaymentUpdate', () => {
  it('applies each event once however often and in whatever order it is delivered', async () => {
    const { order, payment } = await placedOrder();
    const base = { provider: payment.provider, providerRef: payment.providerRef };
    const events = [
      { ...base, eventId: 'evt_1', state: 'PROCESSING' as const, occurredAt: new Date(Date.now() + 1_000) },
      { ...base, eventId: 'evt_2', state: 'SUCCEEDED' as const, occurredAt: new Date(Date.now() + 2_000) },
      { ...base, eventId: 'evt_3', state: 'SUCCEEDED' as const, occurredAt: new Date(Date.now() + 3_000), amountRefunded: 5_000 },
    ];
    const deliveries = events.flatMap((e) => Array.from({ length: 5 }, () => e)).sort(() => Math.random() - 0.5);
    const results = await Promise.all(deliveries.map((e) => applyPaymentUpdate(db.prisma, e)));

    expect(results.filter((r) => r === 'applied').length).toBeLessThanOrEqual(3);
    expect(results.filter((r) => r === 'duplicate')).toHaveLength(12);
    expect(await db.prisma.paymentEventReceipt.count({ where: { eventId: { in: ['evt_1', 'evt_2', 'evt_3'] } } })).toBe(3);
    expect(await orderState(order.id)).toEqual({ status: 'PAID', refundedAmount: 5_000 });
    expect(await db.prisma.payment.findUniqueOrThrow({ where: { id: payment.id }, select: { state: true, refundedAmount: true } })).toEqual({
      state: 'SUCCEEDED',
      refundedAmount: 5_000,
    });
    expect(await db.prisma.orderEvent.count({ where: { orderId: order.id, type: 'paid' } })).toBe(1);
  });

  it('never lets an older event overwrite a newer state', async () => {
    const { order, payment } = await placedOrder();
    const base = { provider: payment.provider, providerRef: payment.providerRef };
    expect(await applyPaymentUpdate(db.prisma, { ...base, eventId: 'late_new', state: 'SUCCEEDED', occurredAt: new Date(Date.now() + 5_000) })).toBe('applied');
    expect(await applyPaymentUpdate(db.prisma, { ...base, eventId: 'late_old', state: 'PROCESSING', occurredAt: new Date(Date.now() + 1_000) })).toBe('stale');
    expect((await orderState(order.id)).status).toBe('PAID');
  });
});

describe('expireUnpaidOrders', () => {
  it('cancels unpaid orders past their reservation and puts their stock back once', async () => {
    const { order, variant } = await placedOrder(5);
    expect((await db.prisma.productVariant.findUniqueOrThrow({ where: { id: variant.id } })).stockOnHand).toBe(3);
    // Past the hold of the method the order was placed with (the demo's first: bank transfer, days).
    const later = new Date(new Date(order.reservationExpiresAt).getTime() + 1_000);
    await Promise.all([expireUnpaidOrders(db.prisma, later), expireUnpaidOrders(db.prisma, later)]);
    expect((await orderState(order.id)).status).toBe('CANCELLED');
    expect((await db.prisma.productVariant.findUniqueOrThrow({ where: { id: variant.id } })).stockOnHand).toBe(5);
  });
});
