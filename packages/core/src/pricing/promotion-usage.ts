// How promotions were used: redemptions kept (not released by a cancellation) per promotion,
// with the discount they gave, for the marketing dashboard.
import type { PrismaClient } from '@tandem/db';

export interface PromotionUsage {
  promotionId: string;
  name: string;
  code: string | null;
  redemptions: number;
  /** The discount given, in minor units of the promotion's currency. */
  discountAmount: number;
  currency: string;
}

export async function promotionUsage(prisma: PrismaClient, from: Date, to: Date, limit = 10): Promise<PromotionUsage[]> {
  const groups = await prisma.promotionRedemption.groupBy({
    by: ['promotionId'],
    where: { releasedAt: null, createdAt: { gte: from, lte: to } },
    _count: { _all: true },
    _sum: { amount: true },
    orderBy: [{ _count: { promotionId: 'desc' } }, { promotionId: 'asc' }],
    take: limit,
  });
  const promotions = await prisma.promotion.findMany({ where: { id: { in: groups.map((g) => g.promotionId) } }, select: { id: true, name: true, code: true, currency: true } });
  const byId = new Map(promotions.map((p) => [p.id, p]));
  return groups.flatMap((group) => {
    const promotion = byId.get(group.promotionId);
    return promotion
      ? [{ promotionId: promotion.id, name: promotion.name, code: promotion.code, redemptions: group._count._all, discountAmount: group._sum.amount ?? 0, currency: promotion.currency }]
      : [];
  });
}
