import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, makeCategory, type TestDatabase } from '../testing/index.ts';
import { seedDemoPromotions } from './demo-promotions.ts';

describe('seedDemoPromotions', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(() => db.close());

  it('adds the welcome code, free shipping, the scheduled sale and the bundle once, however often it runs', async () => {
    await makeCategory(db.prisma, 'nutrition');
    await seedDemoPromotions(db.prisma);
    await seedDemoPromotions(db.prisma);
    const promotions = await db.prisma.promotion.findMany({ orderBy: { name: 'asc' }, select: { code: true, name: true, kind: true } });
    expect(promotions).toEqual([
      { code: null, name: 'Free shipping over €75', kind: 'FREE_SHIPPING' },
      { code: null, name: 'Ride fuel bundle: any 3 nutrition items 20% off', kind: 'BUNDLE' },
      { code: null, name: 'Spring sale: 15% off nutrition', kind: 'PERCENT' },
      { code: 'WELCOME10', name: 'Welcome 10% off', kind: 'PERCENT' },
    ]);
    expect(await db.prisma.priceList.count()).toBe(1);
  });
});
