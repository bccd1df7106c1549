import { createDemoTestDatabase, type DemoTestDatabase } from '@tandem/db/testing';
import { groupBuyPage, groupBuysForProduct } from '@tandem/core/group-buys';
import { OfflinePaymentProvider } from '@tandem/payments/offline';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureDemoStaff } from '../staff/demo-staff.ts';
import { DEMO_GROUP_BUY, DEMO_RIDERS, ensureDemoGroupBuy } from './demo-group-buy.ts';

let db: DemoTestDatabase;
const cost = { N: 1024, r: 8, p: 1 };
const payments = new OfflinePaymentProvider();
const day = 86_400_000;
const seededAt = new Date();

beforeAll(async () => {
  db = await createDemoTestDatabase();
  await ensureDemoStaff(db.prisma, cost);
}, 120_000);
afterAll(() => db.close());

describe('the demo group buy', () => {
  it('runs for two weeks from the seed with the demo riders in, a cheaper tier reached and buyers still needed', async () => {
    const report = await ensureDemoGroupBuy(db.prisma, payments, { now: seededAt, cost });
    expect(report).toMatchObject({ created: true, joined: DEMO_RIDERS.length });
    const page = await groupBuyPage(db.prisma, report!.slug, null, new Date(seededAt.getTime() + 1_000));
    expect(page.status).toBe('OPEN');
    expect(page.endsAt.getTime()).toBe(seededAt.getTime() + DEMO_GROUP_BUY.runsForDays * day);
    expect(page.participants).toBe(3);
    expect(page.minParticipants).toBe(6);
    expect(page.unitAmount).toBe(page.tiers[1]!.unitAmount);
    expect(page.unitAmount).toBeLessThan(page.product.catalogAmount);
    expect(page.next).toMatchObject({ minParticipants: 6, buyersNeeded: 3 });
    expect(page.joinable).toBe(true);
    // Each rider holds a real order whose payment is authorised, not taken.
    const participants = await db.prisma.groupBuyParticipant.findMany({ where: { groupBuy: { slug: report!.slug } } });
    expect(participants.map((p) => p.status)).toEqual(['JOINED', 'JOINED', 'JOINED']);
    expect(participants.every((p) => p.authorizedAmount > 0 && p.capturedAmount === null)).toBe(true);
    const held = await db.prisma.payment.findMany({ where: { orderId: { in: participants.map((p) => p.orderId) } }, select: { state: true, amount: true } });
    expect(held.map((p) => p.state)).toEqual(['AUTHORIZED', 'AUTHORIZED', 'AUTHORIZED']);
    // The product page links to it with the progress toward the minimum.
    const deals = await groupBuysForProduct(db.prisma, page.product.id, new Date(seededAt.getTime() + 1_000));
    expect(deals.map((d) => [d.slug, d.participants, d.minParticipants, d.unitAmount])).toEqual([[report!.slug, 3, 6, page.unitAmount]]);
  });

  it('leaves a running deal alone on the next start', async () => {
    const before = await db.prisma.groupBuyParticipant.count();
    const report = await ensureDemoGroupBuy(db.prisma, payments, { now: new Date(seededAt.getTime() + day), cost });
    expect(report).toMatchObject({ created: false, joined: 0 });
    expect(await db.prisma.groupBuy.count()).toBe(1);
    expect(await db.prisma.groupBuyParticipant.count()).toBe(before);
  });

  it('opens a new deal, with the same riders in, when the last one has ended (an older demo database)', async () => {
    const later = new Date(seededAt.getTime() + 20 * day);
    const report = await ensureDemoGroupBuy(db.prisma, payments, { now: later, cost });
    expect(report).toMatchObject({ created: true, joined: 3 });
    expect(report!.slug).toBe(`${DEMO_GROUP_BUY.slugPrefix}-${later.toISOString().slice(0, 10)}`);
    const page = await groupBuyPage(db.prisma, report!.slug, null, new Date(later.getTime() + 1_000));
    expect(page.participants).toBe(3);
    expect(page.endsAt > later).toBe(true);
    expect(await db.prisma.customer.count({ where: { email: { in: DEMO_RIDERS.map((r) => r.email) } } })).toBe(3);
  });
});
