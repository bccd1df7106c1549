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
        createdAt: paidAt ?? now,
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

  const event = (type: 'VIEW' | 'ADD_TO_CART' | 'SEARCH', visitor: string | null, at: Date, extra: { query?: string; resultCount?: number } = {}) => ({ type, anonymousId: visitor, productId: type === 'SEARCH' ? null : 'p-1', occurredAt: at, ...extra });
  const today = new Date('2026-11-23T10:00:00Z');
  const yesterday = new Date('2026-11-22T10:00:00Z');
  await db.prisma.behaviourEvent.createMany({
    data: [
      event('VIEW', 'a', today), event('VIEW', 'a', today), event('VIEW', 'a', yesterday), // a: two visit-days
      event('VIEW', 'b', today), event('ADD_TO_CART', 'b', today), event('ADD_TO_CART', 'b', today),
      event('VIEW', null, today), // no consent: one visit on its own
      event('VIEW', 'c', new Date('2026-09-01T10:00:00Z')), // before the window
      event('SEARCH', 'a', today, { query: 'gravel bag', resultCount: 0 }),
      event('SEARCH', 'b', today, { query: ' Gravel   Bag', resultCount: 0 }),
      event('SEARCH', null, today, { query: 'unicorn', resultCount: 0 }),
      event('SEARCH', 'a', today, { query: 'helmet', resultCount: 12 }),
    ],
  });

  const promotion = await db.prisma.promotion.create({ data: { code: 'DASH10', name: 'Dash ten', kind: 'PERCENT', percentBps: 1000 } });
  const orders = await db.prisma.order.findMany({ where: { paidAt: { not: null }, currency: 'EUR' }, orderBy: { paidAt: 'asc' }, take: 3 });
  await db.prisma.promotionRedemption.createMany({
    data: [
      { promotionId: promotion.id, orderId: orders[0]!.id, customerId: customer.id, amount: 700, createdAt: today },
      { promotionId: promotion.id, orderId: orders[1]!.id, customerId: customer.id, amount: 1_000, createdAt: today },
      { promotionId: promotion.id, orderId: orders[2]!.id, customerId: customer.id, amount: 500, createdAt: today, releasedAt: today }, // cancelled order
    ],
  });
  const segment = (customerId: string, name: string, monetaryAmount: number) => ({ customerId, segment: name, recencyDays: 1, frequency: 1, monetaryAmount, currency: 'EUR', recencyScore: 5, frequencyScore: 1, monetaryScore: 5, computedAt: now });
  await db.prisma.customerSegment.createMany({ data: [segment('c1', 'key_account', 75_000), segment('c2', 'new', 15_000), segment('c3', 'new', 10_000)] });
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

  it('follows shoppers from looking to paying', async () => {
    const { funnel } = await storeDashboard(db.prisma, { now, days: 30 });
    expect(funnel).toEqual({ visitsWithView: 4, visitsWithCart: 1, ordersPlaced: 3, ordersPaid: 2 });
  });

  it('lists the searches that found nothing, most frequent first, case and spacing folded', async () => {
    const { searchesWithoutResults } = await storeDashboard(db.prisma, { now, days: 30 });
    expect(searchesWithoutResults).toEqual([{ query: 'gravel bag', searches: 2 }, { query: 'unicorn', searches: 1 }]);
  });

  it('counts promotion redemptions that were kept, with the discount given', async () => {
    const { promotions } = await storeDashboard(db.prisma, { now, days: 30 });
    expect(promotions).toEqual([{ promotionId: expect.any(String) as string, name: 'Dash ten', code: 'DASH10', redemptions: 2, discountAmount: 1_700, currency: 'EUR' }]);
  });

  it('shows segment sizes and their share of revenue', async () => {
    const { segments } = await storeDashboard(db.prisma, { now, days: 30 });
    const bySegment = Object.fromEntries(segments.map((s) => [s.segment, [s.customers, s.revenueShare]]));
    expect(bySegment.key_account).toEqual([1, 0.75]);
    expect(bySegment.new).toEqual([2, 0.25]);
    expect(bySegment.lost).toEqual([0, 0]);
  });

  it('takes the middle of an odd or even list', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNull();
  });
});
