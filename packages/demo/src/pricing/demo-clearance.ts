// The demo store's clearance rule, so bounded dynamic pricing is visible on first start: apparel
// in the range for six months or more is 5 % off, 5 % more for every further month, and 15 % more
// while more than 20 units are in stock — never more than 30 % in all, never below 70 % of the
// catalog price. Upserted by name; its prices are worked out at once (the hourly job keeps them
// current as stock sells and ages).
import type { PrismaClient } from '@tandem/db';
import { evaluateClearance } from '@tandem/core/pricing';

export const DEMO_CLEARANCE_RULE = 'Apparel clearance: aged and overstocked';

/** Creates or updates the demo clearance rule and computes its prices; returns how many variants have one. */
export async function seedDemoClearance(prisma: PrismaClient, now = new Date()): Promise<number> {
  const apparel = await prisma.category.findUnique({ where: { path: 'apparel' }, select: { id: true } });
  if (!apparel) return 0;
  const rule = {
    name: DEMO_CLEARANCE_RULE,
    active: true,
    categoryIds: [apparel.id],
    variantIds: [],
    startAfterDays: 180,
    stepDays: 30,
    stepBps: 500,
    overstockUnits: 20,
    overstockBps: 1500,
    maxBps: 3000,
    floorBps: 7000,
    floorAmount: null,
  };
  const existing = await prisma.clearanceRule.findFirst({ where: { name: DEMO_CLEARANCE_RULE }, select: { id: true } });
  if (existing) await prisma.clearanceRule.update({ where: { id: existing.id }, data: rule });
  else await prisma.clearanceRule.create({ data: rule });
  return evaluateClearance(prisma, now);
}
