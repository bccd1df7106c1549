import { createDemoTestDatabase, type DemoTestDatabase } from '@tandem/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOffersService } from '@tandem/core/offers';
import { seedDemoOffers } from './seed-demo-offers.ts';

let db: DemoTestDatabase;

beforeAll(async () => {
  db = await createDemoTestDatabase();
}, 120_000);
afterAll(() => db.close());

describe('demo offers', () => {
  it('import both feeds with matches of every kind, a review queue, rejected rows and an undercut report', async () => {
    const [partner, competitor] = await seedDemoOffers(db.prisma);
    expect(partner).toMatchObject({ rowCount: 43, createdCount: 40, rejectedCount: 3 });
    expect(partner?.rejectedRows.map((r) => r.row)).toEqual([42, 43, 44]);
    expect(competitor).toMatchObject({ rowCount: 30, createdCount: 28, rejectedCount: 2 });
    const methods = await db.prisma.offer.groupBy({ by: ['matchMethod', 'matchStatus'], _count: true });
    const auto = (method: string) => methods.find((m) => m.matchMethod === method && m.matchStatus === 'AUTO')?._count ?? 0;
    expect(auto('GTIN')).toBe(44);
    expect(auto('MPN')).toBe(13);
    expect(auto('SKU')).toBe(3);
    expect(auto('TITLE')).toBe(3);
    const queue = await createOffersService(db.prisma).reviewQueue(50);
    expect(queue.filter((item) => item.candidate !== null && item.method === 'TITLE')).toHaveLength(3);
    expect(queue.filter((item) => item.candidate === null)).toHaveLength(2);
    const undercut = await createOffersService(db.prisma).undercut(100);
    expect(undercut.length).toBeGreaterThanOrEqual(5);
    expect(undercut.every((line, i) => line.gap.amount > 0 && (i === 0 || line.gap.amount <= undercut[i - 1]!.gap.amount))).toBe(true);
  }, 120_000);

  it('changes nothing when seeded again', async () => {
    const before = await db.prisma.offer.count();
    const [partner] = await seedDemoOffers(db.prisma);
    expect(partner).toMatchObject({ createdCount: 0, removedCount: 0 });
    expect(await db.prisma.offer.count()).toBe(before);
  }, 120_000);
});
