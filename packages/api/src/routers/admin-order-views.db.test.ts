// The admin's orders area beyond money: search and filters, fulfilment with tracking (event,
// e-mail, audit), delivery, re-sent e-mails, partial refunds audited once, refused transitions.
import { randomUUID } from 'node:crypto';
import { seedCheckoutSettings } from '@tandem/db/seed';
import { createTestDatabase, type TestDatabase } from '@tandem/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiServices } from '../context.ts';
import { callerFor, signedInCustomer, testServices, type Caller } from '../testing/callers.ts';
import { runOrderEventJobs } from '../testing/order-events.ts';
import { placedOrder } from '../testing/orders.ts';

let db: TestDatabase;
let services: ApiServices;
let admin: Caller;
let adminEmail: string;

beforeAll(async () => {
  db = await createTestDatabase();
  await seedCheckoutSettings(db.prisma);
  services = testServices(db.prisma);
  const staff = await signedInCustomer(db.prisma, ['ADMIN'], { reauthenticated: true });
  adminEmail = staff.customer.email;
  admin = callerFor(services, { sessionToken: staff.sessionToken });
});
afterAll(() => db.close());

async function paidOrder(name?: string) {
  const placed = await placedOrder(db.prisma, services, name);
  await admin.adminOrders.markPaid({ id: placed.order.id });
  return placed;
}

const fulfil = (id: string) => admin.adminOrders.fulfil({ id, carrier: 'PostNL', trackingNumber: '3SABCD1234567', trackingUrl: 'https://track.example/3SABCD1234567' });

describe('the order list', () => {
  it('finds orders by number, e-mail and customer name, and filters by status, payment state and day', async () => {
    const unpaid = await placedOrder(db.prisma, services, 'Grete Unpaid');
    const paid = await paidOrder('Hedda Paid');
    const byName = await admin.adminOrders.list({ query: 'hedda' });
    expect(byName.items.map((o) => o.id)).toEqual([paid.order.id]);
    expect(byName.items[0]).toMatchObject({ customerName: 'Hedda Paid', status: 'PAID', paymentState: 'SUCCEEDED', total: { amount: expect.any(Number), currency: 'EUR' } });
    expect((await admin.adminOrders.list({ query: paid.order.number })).items.map((o) => o.id)).toEqual([paid.order.id]);
    expect((await admin.adminOrders.list({ query: unpaid.shopper.email.toUpperCase() })).items.map((o) => o.id)).toEqual([unpaid.order.id]);

    const awaiting = await admin.adminOrders.list({ status: 'AWAITING_PAYMENT' });
    expect(awaiting.items.every((o) => o.status === 'AWAITING_PAYMENT')).toBe(true);
    expect(awaiting.items.map((o) => o.id)).toContain(unpaid.order.id);
    expect((await admin.adminOrders.list({ paymentState: 'SUCCEEDED' })).items.map((o) => o.id)).not.toContain(unpaid.order.id);

    const today = new Date().toISOString().slice(0, 10);
    expect((await admin.adminOrders.list({ from: today, to: today })).total).toBeGreaterThanOrEqual(2);
    expect((await admin.adminOrders.list({ to: '2020-01-01' })).total).toBe(0);
    await expect(admin.adminOrders.list({ from: '2026-12-01', to: '2026-11-01' })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
  });

  it('pages through the results, newest first', async () => {
    const first = await admin.adminOrders.list({ limit: 1, page: 1 });
    const second = await admin.adminOrders.list({ limit: 1, page: 2 });
    expect(first.pages).toBe(first.total);
    expect(first.items[0]!.placedAt >= second.items[0]!.placedAt).toBe(true);
    expect(first.items[0]!.id).not.toBe(second.items[0]!.id);
  });
});

describe('fulfilling an order', () => {
  it('records the shipment, e-mails the tracking link, audits the change, and the shopper sees it shipped', async () => {
    const { order, api, shopper } = await paidOrder();
    await fulfil(order.id);

    const detail = await admin.adminOrders.detail({ id: order.id });
    expect(detail.status).toBe('FULFILLED');
    expect(detail.shipment).toMatchObject({ carrier: 'PostNL', trackingNumber: '3SABCD1234567', trackingUrl: 'https://track.example/3SABCD1234567' });
    expect(detail.timeline.map((e) => e.type)).toEqual(['placed', 'paid', 'fulfilled']);
    expect(detail.can).toMatchObject({ fulfil: false, deliver: true, cancel: false });

    await runOrderEventJobs(db.prisma);
    const mail = await db.prisma.outboxEmail.findFirstOrThrow({ where: { to: shopper.email, kind: 'order_shipped' } });
    expect(mail.text).toContain('https://track.example/3SABCD1234567');
    const audit = await admin.adminAudit.list({ entityType: 'Order', entityId: order.id, action: 'orders.fulfil' });
    expect(audit.items).toHaveLength(1);
    expect(audit.items[0]).toMatchObject({ actorEmail: adminEmail, before: { status: 'PAID' }, after: { status: 'FULFILLED', trackingNumber: '3SABCD1234567', carrier: 'PostNL' } });

    expect((await api.orders.byId({ id: order.id })).status).toBe('FULFILLED');
  });

  it('refuses moves the state machine does not allow, with a clear message', async () => {
    const { order } = await placedOrder(db.prisma, services);
    await expect(fulfil(order.id)).rejects.toMatchObject({ code: 'CONFLICT', message: 'An order that is awaiting payment cannot become fulfilled.' });
    await expect(admin.adminOrders.deliver({ id: order.id })).rejects.toMatchObject({ code: 'CONFLICT' });

    const paid = await paidOrder();
    await fulfil(paid.order.id);
    await expect(fulfil(paid.order.id)).rejects.toMatchObject({ code: 'CONFLICT', message: 'An order that is fulfilled cannot become fulfilled.' });
    await expect(admin.adminOrders.cancel({ id: paid.order.id })).rejects.toMatchObject({ code: 'CONFLICT' });
    await admin.adminOrders.deliver({ id: paid.order.id });
    expect((await admin.adminOrders.detail({ id: paid.order.id })).timeline.at(-1)?.type).toBe('delivered');
    await runOrderEventJobs(db.prisma);
    expect(await db.prisma.outboxEmail.count({ where: { kind: 'order_shipped', to: paid.shopper.email } })).toBe(1);
  });

  it('checks the tracking input at the edge', async () => {
    const { order } = await paidOrder();
    await expect(admin.adminOrders.fulfil({ id: order.id, carrier: 'X', trackingNumber: '<script>' })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    await expect(admin.adminOrders.fulfil({ id: order.id, carrier: 'DHL', trackingNumber: 'ABC12345', trackingUrl: 'javascript:alert(1)' })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
  });
});

describe('refunds and e-mails', () => {
  it('audits a partial refund once, however often its key is replayed', async () => {
    const { order } = await paidOrder();
    const key = randomUUID();
    await admin.adminOrders.refund({ id: order.id, amount: 2_500, idempotencyKey: key });
    await admin.adminOrders.refund({ id: order.id, amount: 2_500, idempotencyKey: key });
    const detail = await admin.adminOrders.detail({ id: order.id });
    expect(detail).toMatchObject({ refund: 'partial', refunded: { amount: 2_500 }, refundable: detail.total.amount - 2_500 });
    const audit = await admin.adminAudit.list({ entityId: order.id, action: 'orders.refund' });
    expect(audit.items.map((e) => e.after)).toEqual([{ refundedAmount: 2_500, requested: 2_500, key }]);
  });

  it('sends the confirmation again, and the shipping e-mail only once shipped', async () => {
    const { order, shopper } = await paidOrder();
    await runOrderEventJobs(db.prisma);
    await expect(admin.adminOrders.resendEmail({ id: order.id, kind: 'shipping' })).rejects.toMatchObject({ code: 'CONFLICT' });
    await admin.adminOrders.resendEmail({ id: order.id, kind: 'confirmation' });
    expect(await db.prisma.outboxEmail.count({ where: { to: shopper.email, kind: 'order_confirmation' } })).toBe(2);
    await fulfil(order.id);
    await runOrderEventJobs(db.prisma);
    await admin.adminOrders.resendEmail({ id: order.id, kind: 'shipping' });
    expect(await db.prisma.outboxEmail.count({ where: { to: shopper.email, kind: 'order_shipped' } })).toBe(2);
    expect((await admin.adminAudit.list({ entityId: order.id, action: 'orders.email' })).items).toHaveLength(2);
  });

  it('lets support agents read orders but not change them', async () => {
    const { order } = await paidOrder();
    const agent = callerFor(services, { sessionToken: (await signedInCustomer(db.prisma, ['SUPPORT'])).sessionToken });
    expect((await agent.adminOrders.detail({ id: order.id })).id).toBe(order.id);
    await expect(agent.adminOrders.fulfil({ id: order.id, carrier: 'PostNL', trackingNumber: 'ABCD1234' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});
