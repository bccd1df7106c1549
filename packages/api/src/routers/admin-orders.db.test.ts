import { randomUUID } from 'node:crypto';
import { type TestDatabase } from '@tandem/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiServices } from '../context.ts';
import { callerFor, type Caller } from '../testing/callers.ts';
import { placedOrder as placeOrder } from '../testing/orders.ts';
import { adminStore } from '../testing/admin-store.ts';

let db: TestDatabase;
let services: ApiServices;
let admin: Caller;

beforeAll(async () => {
  ({ db, services, admin } = await adminStore());
});
afterAll(() => db.close());

const placedOrder = () => placeOrder(db.prisma, services);

describe('adminOrders', () => {
  it('marks an offline order paid once, however often it is clicked', async () => {
    const { order, api } = await placedOrder();
    await Promise.all([admin.adminOrders.markPaid({ id: order.id }), admin.adminOrders.markPaid({ id: order.id })]);
    const paid = await api.orders.byId({ id: order.id });
    expect(paid.status).toBe('PAID');
    expect(paid.timeline.filter((e) => e.type === 'paid')).toHaveLength(1);
  });

  it('refunds partially and then fully, never more than was paid, once per key', async () => {
    const { order, api } = await placedOrder();
    await admin.adminOrders.markPaid({ id: order.id });
    const key = randomUUID();
    await Promise.all([admin.adminOrders.refund({ id: order.id, amount: 4_000, idempotencyKey: key }), admin.adminOrders.refund({ id: order.id, amount: 4_000, idempotencyKey: key })]);
    expect(await api.orders.byId({ id: order.id })).toMatchObject({ refund: 'partial', refunded: { amount: 4_000 } });
    await expect(admin.adminOrders.refund({ id: order.id, amount: 6_001, idempotencyKey: randomUUID() })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    await admin.adminOrders.refund({ id: order.id, amount: 6_000, idempotencyKey: randomUUID() });
    expect(await api.orders.byId({ id: order.id })).toMatchObject({ refund: 'full', refunded: { amount: 10_000 } });
  });

  it('refuses to refund an unpaid order, and cancelling releases its stock', async () => {
    const { order } = await placedOrder();
    await expect(admin.adminOrders.refund({ id: order.id, amount: 100, idempotencyKey: randomUUID() })).rejects.toMatchObject({ code: 'CONFLICT' });
    await admin.adminOrders.cancel({ id: order.id });
    const line = await db.prisma.orderLine.findFirstOrThrow({ where: { orderId: order.id } });
    expect((await db.prisma.productVariant.findUniqueOrThrow({ where: { id: line.variantId } })).stockOnHand).toBe(3);
  });

  it('is for administrators only', async () => {
    const { order, api } = await placedOrder();
    await expect(api.adminOrders.markPaid({ id: order.id })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(callerFor(services).adminOrders.markPaid({ id: order.id })).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
  });
});

describe('cancelling a paid order', () => {
  it('needs a full refund first', async () => {
    const { order } = await placedOrder();
    await admin.adminOrders.markPaid({ id: order.id });
    await expect(admin.adminOrders.cancel({ id: order.id })).rejects.toMatchObject({ code: 'CONFLICT', message: expect.stringMatching(/refund the payment in full/) });
    await admin.adminOrders.refund({ id: order.id, amount: 10_000, idempotencyKey: randomUUID() });
    await admin.adminOrders.cancel({ id: order.id });
    expect((await db.prisma.order.findUniqueOrThrow({ where: { id: order.id } })).status).toBe('CANCELLED');
  });
});
