// The clearance job: works out every covered variant's clearance price from the active rules
// (the lowest wins when rules overlap; ties go to the older rule id) and stores them in
// `ClearancePrice` in one transaction, removing prices no rule gives any more. Idempotent.
import type { PrismaClient } from '@tandem/db';
import { VISIBLE_PRODUCTS } from '../catalog/index.ts';
import { clearanceAmount } from './clearance.ts';

const DAY_MS = 86_400_000;

/** Returns how many variants have a clearance price after the run. */
export async function evaluateClearance(prisma: PrismaClient, now = new Date()): Promise<number> {
  const rules = await prisma.clearanceRule.findMany({ where: { active: true }, orderBy: { id: 'asc' } });
  const best = new Map<string, { ruleId: string; amount: number }>();
  for (const rule of rules) {
    const categories = rule.categoryIds.length ? await prisma.category.findMany({ where: { id: { in: rule.categoryIds } }, select: { path: true } }) : [];
    const inCategories = categories.flatMap((c) => [{ path: c.path }, { path: { startsWith: `${c.path}/` } }]);
    const variants = await prisma.productVariant.findMany({
      where: {
        product: VISIBLE_PRODUCTS,
        OR: [{ id: { in: rule.variantIds } }, ...(inCategories.length ? [{ product: { category: { OR: inCategories } } }] : [])],
      },
      select: { id: true, priceAmount: true, stockOnHand: true, createdAt: true },
    });
    for (const v of variants) {
      const amount = clearanceAmount(rule, { priceAmount: v.priceAmount, stockOnHand: v.stockOnHand, ageDays: Math.floor((now.getTime() - v.createdAt.getTime()) / DAY_MS) });
      const current = best.get(v.id);
      if (amount !== null && (!current || amount < current.amount)) best.set(v.id, { ruleId: rule.id, amount });
    }
  }
  await prisma.$transaction(async (tx) => {
    await tx.clearancePrice.deleteMany({ where: { variantId: { notIn: [...best.keys()] } } });
    for (const [variantId, { ruleId, amount }] of best) {
      await tx.clearancePrice.upsert({ where: { variantId }, create: { variantId, ruleId, amount, computedAt: now }, update: { ruleId, amount, computedAt: now } });
    }
  });
  return best.size;
}
