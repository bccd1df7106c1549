// The real subscribers of order events (affiliate commissions, the shopper's order e-mails) as
// the worker runs them: jobs run at least once, so running every one of them again must change
// nothing.
import { randomUUID } from 'node:crypto';
import { type TestDatabase } from '@tandem/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiServices } from './context.ts';
import { approvedPartner, clickThrough, productFor, referredOrder } from './testing/affiliate.ts';
import { type Caller } from './testing/callers.ts';
import { redeliverOrderEventJobs, runOrderEventJobs } from './testing/order-events.ts';
import { adminStore } from './testing/admin-store.ts';

let db: TestDatabase;
let services: ApiServices;
let admin: Caller;

beforeAll(async () => {
  ({ db, services, admin } = await adminStore());
});
afterAll(() => db.close());

async function referred() {
  const { partner } = await approvedPartner(db.prisma);
  const { variant } = await productFor(db.prisma);
  return (await referredOrder(services, variant.id, (await clickThrough(services, partner.code)).referralToken)).order;
}

const redeliver = (orderId: string) => redeliverOrderEventJobs(db.prisma, orderId);

/** What the subscribers did for an order: its commissions and the shopper's e-mails by kind. */
async function effects(order: { id: string; email: string }) {
  const commissions = await db.prisma.commission.findMany({ where: { orderId: order.id }, select: { id: true, amount: true, reversedAmount: true, status: true }, orderBy: { id: 'asc' } });
  const emails = await db.prisma.outboxEmail.groupBy({ by: ['kind'], where: { to: order.email }, _count: true, orderBy: { kind: 'asc' } });
  return { commissions, emails: Object.fromEntries(emails.map((e) => [e.kind, e._count])) };
}

describe('order event subscribers', () => {
  it('have no second effect when their jobs run again: commissions, refunds and e-mails happen once', async () => {
    const order = await referred();
    await admin.adminOrders.markPaid({ id: order.id });
    await admin.adminOrders.refund({ id: order.id, amount: Math.floor(order.total.amount / 4), idempotencyKey: randomUUID() });
    await admin.adminOrders.fulfil({ id: order.id, carrier: 'PostNL', trackingNumber: '3SABCD1234567' });
    await runOrderEventJobs(db.prisma);
    const once = await effects(order);
    expect(once.emails).toEqual({ order_confirmation: 1, order_refunded: 1, order_shipped: 1, payment_received: 1 });
    expect(once.commissions).toHaveLength(1);
    expect(once.commissions[0]!.reversedAmount).toBeGreaterThan(0);

    expect(await redeliver(order.id)).toBe(6); // placed, paid, refunded, fulfilled (e-mails) + paid, refunded (commissions)
    expect(await effects(order)).toEqual(once);
  });

  it('claw back a cancelled order once, however often the cancellation is delivered', async () => {
    const order = await referred();
    await admin.adminOrders.markPaid({ id: order.id });
    await admin.adminOrders.refund({ id: order.id, amount: order.total.amount, idempotencyKey: randomUUID() });
    await admin.adminOrders.cancel({ id: order.id });
    await runOrderEventJobs(db.prisma);
    const once = await effects(order);
    expect(once.commissions).toMatchObject([{ status: 'REVERSED' }]);
    await redeliver(order.id);
    expect(await effects(order)).toEqual(once);
  });
});
