import { createTestDatabase, type TestDatabase } from '@tandem/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storeDashboard } from './index.ts';

let db: TestDatabase;
const now = new Date('2026-11-23T15:00:00Z');
let n = 0;

async function partnerWith(code: string, clicks: { at: Date; filtered?: 'BOT' | 'FLOOD' }[], orders: { paidAt: Date | null; commission: number; reversed?: number; currency?: string }[]) {
  const owner = await db.prisma.customer.create({ data: { email: `${code}@example.test`, name: code, passwordHash: 'x' } });
  const partner = await db.prisma.partner.create({ data: { code, name: `Partner ${code}`, websiteUrl: 'https://x.test', contactEmail: owner.email, customerId: owner.id, status: 'APPROVED' } });
  const rows = [];
  for (const c of clicks) rows.push(await db.prisma.affiliateClick.create({ data: { partnerId: partner.id, targetPath: '/', ipHash: 'h', createdAt: c.at, filterReason: c.filtered ?? null } }));
  for (const o of orders) {
    n += 1;
    const order = await db.prisma.order.create({
      data: {
        number: `PF-${n}`, customerId: owner.id, idempotencyKey: `pf-${n}`, email: 'buyer@example.test', status: o.paidAt ? 'PAID' : 'AWAITING_PAYMENT', currency: o.currency ?? 'EUR',
        pricesIncludeTax: true, subtotalAmount: 10_000, shippingAmount: 0, taxAmount: 0, totalAmount: 10_000, shippingAddress: {}, shippingMethodCode: 's', shippingMethodName: 'S',
        reservationExpiresAt: now, paidAt: o.paidAt, createdAt: o.paidAt ?? now,
      },
    });
    await db.prisma.orderReferral.create({ data: { orderId: order.id, partnerId: partner.id, clickId: rows[0]!.id, model: 'LAST_CLICK' } });
    if (o.paidAt) {
      await db.prisma.commission.create({
        data: { partnerId: partner.id, orderId: order.id, orderLineId: `line-${n}`, currency: o.currency ?? 'EUR', baseAmount: 10_000, ruleKind: 'PERCENT', percentBps: 500, amount: o.commission, reversedAmount: o.reversed ?? 0, holdUntil: now, createdAt: o.paidAt },
      });
    }
  }
  return partner;
}

beforeAll(async () => {
  db = await createTestDatabase();
  const inside = new Date('2026-11-20T10:00:00Z');
  await partnerWith('alpha', [{ at: inside }, { at: inside }, { at: inside, filtered: 'BOT' }, { at: new Date('2026-10-01T00:00:00Z') }], [
    { paidAt: inside, commission: 500 },
    { paidAt: new Date('2026-11-22T09:00:00Z'), commission: 800, reversed: 300 },
    { paidAt: null, commission: 0 },
    { paidAt: new Date('2026-10-10T00:00:00Z'), commission: 9_999 }, // before the 30 days
    { paidAt: inside, commission: 700, currency: 'USD' }, // other currency: an order, no EUR commission
  ]);
  await partnerWith('beta', [{ at: inside, filtered: 'FLOOD' }], []);
  await partnerWith('quiet', [{ at: new Date('2026-09-01T00:00:00Z') }], []);
});
afterAll(() => db.close());

describe('dashboard partner figures', () => {
  it('counts clicks, valid clicks, paid referred orders and net commission per partner over the 30 days', async () => {
    const { partners } = await storeDashboard(db.prisma, { now, days: 30 });
    expect(partners.map(({ partnerId: _id, ...rest }) => rest)).toEqual([
      { code: 'alpha', name: 'Partner alpha', clicks: 3, validClicks: 2, orders: 3, commission: 1_000 },
      { code: 'beta', name: 'Partner beta', clicks: 1, validClicks: 0, orders: 0, commission: 0 },
    ]);
  });
});
