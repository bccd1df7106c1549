import { createDemoTestDatabase, type DemoTestDatabase } from '@tandem/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_CLEARANCE_RULE, seedDemoClearance } from './demo-clearance.ts';

let db: DemoTestDatabase;

beforeAll(async () => {
  db = await createDemoTestDatabase();
}, 120_000);
afterAll(() => db.close());

describe('the demo clearance rule', () => {
  it('prices aged and overstocked apparel within the bounds, and nothing else, once however often it runs', async () => {
    const now = new Date();
    const first = await seedDemoClearance(db.prisma, now);
    const again = await seedDemoClearance(db.prisma, now);
    expect(again).toBe(first);
    expect(await db.prisma.clearanceRule.count({ where: { name: DEMO_CLEARANCE_RULE } })).toBe(1);

    const prices = await db.prisma.clearancePrice.findMany();
    const variants = new Map(
      (await db.prisma.productVariant.findMany({ where: { id: { in: prices.map((p) => p.variantId) } }, select: { id: true, priceAmount: true, stockOnHand: true, createdAt: true, product: { select: { category: { select: { path: true } } } } } })).map((v) => [v.id, v]),
    );
    const apparelVariants = await db.prisma.productVariant.count({ where: { product: { status: 'ACTIVE', category: { path: { startsWith: 'apparel' } } } } });
    expect(prices.length).toBe(first);
    expect(prices.length).toBeGreaterThan(0);
    expect(prices.length).toBeLessThan(apparelVariants);
    for (const p of prices) {
      const variant = variants.get(p.variantId)!;
      expect(variant.product.category.path.startsWith('apparel')).toBe(true);
      const ageDays = Math.floor((now.getTime() - variant.createdAt.getTime()) / 86_400_000);
      const ageSteps = ageDays < 180 ? 0 : 1 + Math.floor((ageDays - 180) / 30);
      const bps = Math.min(3000, ageSteps * 500 + (variant.stockOnHand > 20 ? 1500 : 0));
      expect(bps).toBeGreaterThan(0);
      const floor = Math.ceil((variant.priceAmount * 7000) / 10_000);
      expect(p.amount).toBe(Math.max(floor, variant.priceAmount - Math.floor((variant.priceAmount * bps) / 10_000)));
    }
  });
});
