import { createTestDatabase, type TestDatabase } from '@tandem/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { median, storeDashboard } from './index.ts';

let db: TestDatabase;
const now = new Date('2026-11-23T15:00:00Z');
const H = 3_600_000;
let orderCount = 0;

beforeAll(async () => {
  db = await createTestDatabase();
  const customer = await db.prisma.customer.create({ data: { email: 'dash@example.test', name: 'Dash', passwordHash: 'x' } });
  const order = (paidAt: Date | null, total: number, refunded: number, lines: [string, number, number][], currency = 'EUR') =>
    db.prisma.order.create({
      data: {
        number: `D-${++orderCount}`,
        customerId: customer.id,
        idempotencyKey: `k-${orderCount}`,
        email: customer.email,
        status: paidAt ? 'PAID' : 'AWAITING_PAYMENT',
        currency,
        pricesIncludeTax: true,
        subtotalAmount: total,
        shippingAmount: 0,
        taxAmount: 0,
        totalAmount: total,
        refundedAmount: refunded,
        shippingAddress: {},
        shippingMethodCode: 'standard',
        shippingMethodName: 'Standard',
        reservationExpiresAt: now,
        paidAt,
        lines: { create: lines.map(([title, quantity, lineTotal], i) => ({ variantId: `v-${i}`, sku: `s-${title}`, productTitle: title, variantTitle: '', quantity, unitPriceAmount: lineTotal / quantity, lineTotalAmount: lineTotal, taxAmount: 0 })) },
      },
    });
  await order(new Date('2026-11-23T09:00:00Z'), 10_000, 0, [['Helmet', 1, 10_000]]);
  await order(new Date('2026-11-23T23:59:59Z'), 99_999, 0, [['Future', 1, 99_999]]); // after `now`: not counted
  await order(new Date('2026-11-22T12:00:00Z'), 30_000, 5_000, [['Helmet', 2, 20_000], ['Gloves', 4, 10_000]]);
  await order(new Date('2026-10-24T00:00:00Z'), 7_000, 0, [['Bell', 1, 7_000]]); // first day of the 30
  await order(new Date('2026-10-23T23:59:59Z'), 8_000, 0, [['Old', 1, 8_000]]); // before it
  await order(null, 50_000, 0, [['Unpaid', 1, 50_000]]);
  await order(new Date('2026-11-20T10:00:00Z'), 4_000, 0, [['Dollar', 1, 4_000]], 'USD');

  const ticket = (n: number, createdAt: Date, due: Date | null, responded: Date | null, status: 'OPEN' | 'ANSWERED' | 'AUTO_ANSWERED', responseDueAt: Date | null = null) =>
    db.prisma.supportTicket.create({
      data: { email: 'q@example.test', name: 'Q', subject: 'Q', channel: 'CONTACT_FORM', status, accessTokenHash: `h-${n}`, createdAt, firstResponseDueAt: due, firstRespondedAt: responded, responseDueAt },
    });
  await ticket(1, new Date(now.getTime() - 48 * H), new Date(now.getTime() - 24 * H), new Date(now.getTime() - 46 * H), 'ANSWERED'); // 2 h, in target
  await ticket(2, new Date(now.getTime() - 72 * H), new Date(now.getTime() - 48 * H), new Date(now.getTime() - 42 * H), 'ANSWERED'); // 30 h, late
  await ticket(3, new Date(now.getTime() - 30 * H), new Date(now.getTime() - 6 * H), null, 'OPEN', new Date(now.getTime() - 6 * H)); // overdue
  await ticket(4, new Date(now.getTime() - 2 * H), new Date(now.getTime() + 22 * H), null, 'OPEN', new Date(now.getTime() + 22 * H)); // not judged yet
  await ticket(5, new Date(now.getTime() - 5 * H), null, null, 'AUTO_ANSWERED'); // no person owed
});
afterAll(() => db.close());

describe('the store dashboard', () => {
  it('counts revenue (less refunds) and orders per UTC day over the last 30 days, in the store currency', async () => {
    const dashboard = await storeDashboard(db.prisma, { now, days: 30 });
    expect(dashboard.sales).toHaveLength(30);
    expect(dashboard.sales[0]).toEqual({ day: '2026-10-25', orders: 0, revenue: { amount: 0, currency: 'EUR' } });
    const byDay = Object.fromEntries(dashboard.sales.map((d) => [d.day, [d.orders, d.revenue.amount]]));
    expect(byDay['2026-11-23']).toEqual([1, 10_000]);
    expect(byDay['2026-11-22']).toEqual([1, 25_000]);
    expect(byDay['2026-11-20']).toEqual([0, 0]);
    expect(dashboard.sales.reduce((sum, d) => sum + d.orders, 0)).toBe(2);
  });

  it('includes the whole first day of a longer window', async () => {
    const dashboard = await storeDashboard(db.prisma, { now, days: 31 });
    expect(dashboard.sales[0]).toEqual({ day: '2026-10-24', orders: 1, revenue: { amount: 7_000, currency: 'EUR' } });
  });

  it('ranks products by revenue from paid lines', async () => {
    const { topProducts } = await storeDashboard(db.prisma, { now, days: 30 });
    expect(topProducts).toEqual([
      { title: 'Helmet', quantity: 3, revenue: { amount: 30_000, currency: 'EUR' } },
      { title: 'Gloves', quantity: 4, revenue: { amount: 10_000, currency: 'EUR' } },
    ]);
  });

  it('measures support response times against the target', async () => {
    const { support } = await storeDashboard(db.prisma, { now, days: 30 });
    expect(support).toEqual({ medianFirstResponseMs: 16 * H, answeredInTargetShare: 1 / 3, ticketsOwed: 4, open: 2, overdue: 1 });
  });

  it('takes the middle of an odd or even list', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNull();
  });
});
