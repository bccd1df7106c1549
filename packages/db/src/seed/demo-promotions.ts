// The demo store's pricing: a welcome code, an automatic free-shipping offer, a scheduled sale and
// a build-your-own bundle on nutrition, volume tiers on a drivetrain part, and a retailer price list. Idempotent: codes upsert by
// code, automatic promotions and lists by name, tiers by (variant, quantity).
import type { PrismaClient } from '../generated/prisma/client.ts';

const DAY = 86_400_000;

export async function seedDemoPromotions(prisma: PrismaClient, now = new Date()): Promise<void> {
  const welcome = {
    name: 'Welcome 10% off',
    kind: 'PERCENT' as const,
    percentBps: 1000,
    firstOrderOnly: true,
    perCustomerLimit: 1,
    combinesWith: ['PRODUCT' as const, 'SHIPPING' as const],
  };
  await prisma.promotion.upsert({ where: { code: 'WELCOME10' }, create: { code: 'WELCOME10', ...welcome }, update: welcome });
  await upsertAutomatic(prisma, {
    name: 'Free shipping over €75',
    kind: 'FREE_SHIPPING',
    minSubtotalAmount: 7_500,
    combinesWith: ['PRODUCT', 'ORDER'],
  });
  const nutrition = await prisma.category.findUnique({ where: { path: 'nutrition' }, select: { id: true } });
  if (nutrition) {
    await upsertAutomatic(prisma, {
      name: 'Spring sale: 15% off nutrition',
      kind: 'PERCENT',
      percentBps: 1500,
      categoryIds: [nutrition.id],
      startsAt: new Date(now.getTime() - DAY),
      endsAt: new Date(now.getTime() + 30 * DAY),
      combinesWith: ['ORDER', 'SHIPPING'],
    });
    await upsertAutomatic(prisma, {
      name: 'Ride fuel bundle: any 3 nutrition items 20% off',
      kind: 'BUNDLE',
      bundlePickQuantity: 3,
      percentBps: 2000,
      categoryIds: [nutrition.id],
      combinesWith: ['ORDER', 'SHIPPING'],
    });
  }
  await seedTiersAndRetailerList(prisma);
}

type AutomaticPromotion = Parameters<PrismaClient['promotion']['create']>[0]['data'] & { name: string };

async function upsertAutomatic(prisma: PrismaClient, data: AutomaticPromotion): Promise<void> {
  const existing = await prisma.promotion.findFirst({ where: { name: data.name, code: null }, select: { id: true } });
  if (existing) await prisma.promotion.update({ where: { id: existing.id }, data });
  else await prisma.promotion.create({ data });
}

/** The first drivetrain part gets volume tiers (5+ and 10+); retailers pay 80 % of catalog on accessories. */
async function seedTiersAndRetailerList(prisma: PrismaClient): Promise<void> {
  const part = await prisma.productVariant.findFirst({
    where: { product: { status: 'ACTIVE', category: { path: 'components/drivetrain' } } },
    orderBy: { sku: 'asc' },
    select: { id: true, priceAmount: true },
  });
  if (part) {
    for (const [minQuantity, pct] of [[5, 90], [10, 80]] as const) {
      const unitAmount = Math.floor((part.priceAmount * pct) / 100);
      await prisma.volumeTier.upsert({ where: { variantId_minQuantity: { variantId: part.id, minQuantity } }, create: { variantId: part.id, minQuantity, unitAmount }, update: { unitAmount } });
    }
  }
  const name = 'Retailer';
  const list = (await prisma.priceList.findFirst({ where: { name }, select: { id: true } })) ?? (await prisma.priceList.create({ data: { name, customerGroup: 'RETAILER' }, select: { id: true } }));
  const variants = await prisma.productVariant.findMany({ where: { product: { category: { path: { startsWith: 'accessories' } } } }, select: { id: true, priceAmount: true } });
  await prisma.priceListEntry.createMany({
    data: variants.map((v) => ({ priceListId: list.id, variantId: v.id, amount: Math.floor((v.priceAmount * 80) / 100) })),
    skipDuplicates: true,
  });
}
