// Administrators' writes to the pricing rules. Inputs arrive validated (packages/validators).
// Every write is audited (before/after) in its own transaction through `auditedChange`.
import { Prisma, type PrismaClient } from '@tandem/db';
import type { PriceListInput, PromotionInput, VolumeTiersInput } from '@tandem/validators';
import { auditedChange, type StaffActor } from '../staff/index.ts';
import { DomainError } from '../shared/index.ts';
import { setCustomerGroup as writeCustomerGroup } from '../accounts/index.ts';

type Tx = Prisma.TransactionClient;

const promotion = {
  entityType: 'Promotion',
  label: 'promotion',
  load: (tx: Tx, id: string) => tx.promotion.findUnique({ where: { id } }),
};

export async function createPromotion(prisma: PrismaClient, actor: StaffActor, input: PromotionInput) {
  return uniqueCode(input.code, () =>
    auditedChange(prisma, actor, { ...promotion, action: 'pricing.promotion.create', apply: (tx) => tx.promotion.create({ data: input }) }),
  );
}

export async function updatePromotion(prisma: PrismaClient, actor: StaffActor, id: string, input: PromotionInput) {
  return uniqueCode(input.code, () =>
    auditedChange(prisma, actor, {
      ...promotion,
      id,
      action: 'pricing.promotion.update',
      apply: async (tx) => {
        const { usedCount } = await tx.promotion.findUniqueOrThrow({ where: { id }, select: { usedCount: true } });
        if (input.usageLimit !== null && input.usageLimit < usedCount) {
          throw new DomainError('invalid_input', `This promotion was already used ${usedCount} times.`, { usageLimit: [`At least ${usedCount}`] });
        }
        return tx.promotion.update({ where: { id }, data: input });
      },
    }),
  );
}

/** Which promotions the admin list shows: by status (now) and kind. */
export interface PromotionFilter {
  status?: 'live' | 'scheduled' | 'ended' | 'inactive' | undefined;
  kind?: PromotionInput['kind'] | undefined;
}

export async function listPromotions(prisma: PrismaClient, filter: PromotionFilter = {}, now = new Date()) {
  const byStatus: Record<NonNullable<PromotionFilter['status']>, Prisma.PromotionWhereInput> = {
    live: { active: true, OR: [{ startsAt: null }, { startsAt: { lte: now } }], AND: [{ OR: [{ endsAt: null }, { endsAt: { gt: now } }] }] },
    scheduled: { active: true, startsAt: { gt: now } },
    ended: { active: true, endsAt: { lte: now } },
    inactive: { active: false },
  };
  return prisma.promotion.findMany({
    where: { ...(filter.status ? byStatus[filter.status] : {}), ...(filter.kind ? { kind: filter.kind } : {}) },
    orderBy: [{ active: 'desc' }, { createdAt: 'desc' }],
    take: 500,
  });
}

export async function promotionById(prisma: PrismaClient, id: string) {
  return prisma.promotion.findUnique({ where: { id } });
}

const priceListSelect = { id: true, name: true, customerGroup: true, currency: true, active: true, startsAt: true, endsAt: true, entries: { select: { variantId: true, amount: true }, orderBy: { variantId: 'asc' } } } as const;

/** Creates or replaces a price list with its entries, in one audited transaction. */
export async function savePriceList(prisma: PrismaClient, actor: StaffActor, input: PriceListInput) {
  const { id, entries, ...list } = input;
  const saved = await auditedChange(prisma, actor, {
    entityType: 'PriceList',
    label: 'price list',
    load: (tx, listId) => tx.priceList.findUnique({ where: { id: listId }, select: priceListSelect }),
    ...(id === undefined ? {} : { id }),
    action: id ? 'pricing.price-list.update' : 'pricing.price-list.create',
    apply: async (tx) => {
      const row = id ? await tx.priceList.update({ where: { id }, data: list }) : await tx.priceList.create({ data: list });
      await tx.priceListEntry.deleteMany({ where: { priceListId: row.id } });
      await tx.priceListEntry.createMany({ data: entries.map((e) => ({ ...e, priceListId: row.id })) });
      return tx.priceList.findUniqueOrThrow({ where: { id: row.id }, select: priceListSelect });
    },
  });
  const { entries: saveEntries, ...rest } = saved;
  return { ...rest, entryCount: saveEntries.length };
}

export async function listPriceLists(prisma: PrismaClient) {
  return prisma.priceList.findMany({ orderBy: { createdAt: 'desc' }, include: { _count: { select: { entries: true } } }, take: 200 });
}

/** A price list with its entries, for the edit screen. */
export async function priceListWithEntries(prisma: PrismaClient, id: string) {
  return prisma.priceList.findUnique({ where: { id }, select: priceListSelect });
}

async function tiersOf(tx: Tx, variantId: string) {
  const variant = await tx.productVariant.findUnique({ where: { id: variantId }, select: { id: true, priceAmount: true } });
  if (!variant) return null;
  const tiers = await tx.volumeTier.findMany({ where: { variantId }, orderBy: { minQuantity: 'asc' }, select: { minQuantity: true, unitAmount: true } });
  return { id: variant.id, tiers };
}

/** Replaces a variant's tier table (audited as the variant's `VolumeTiers`). */
export async function setVolumeTiers(prisma: PrismaClient, actor: StaffActor, input: VolumeTiersInput) {
  await auditedChange(prisma, actor, {
    entityType: 'VolumeTiers',
    label: 'product variant',
    id: input.variantId,
    load: tiersOf,
    action: 'pricing.tiers.set',
    apply: async (tx) => {
      const variant = await tx.productVariant.findUniqueOrThrow({ where: { id: input.variantId }, select: { priceAmount: true } });
      if (input.tiers.some((t) => t.unitAmount >= variant.priceAmount)) {
        throw new DomainError('invalid_input', 'Every tier must be cheaper than the catalog price.', { tiers: ['Cheaper than the catalog price'] });
      }
      await tx.volumeTier.deleteMany({ where: { variantId: input.variantId } });
      await tx.volumeTier.createMany({ data: input.tiers.map((t) => ({ ...t, variantId: input.variantId })) });
      return (await tiersOf(tx, input.variantId))!;
    },
  });
  return prisma.volumeTier.findMany({ where: { variantId: input.variantId }, orderBy: { minQuantity: 'asc' } });
}

export async function setCustomerGroup(prisma: PrismaClient, actor: StaffActor, customerId: string, customerGroup: PriceListInput['customerGroup']) {
  const select = { id: true, customerGroup: true } as const;
  await auditedChange(prisma, actor, {
    entityType: 'Customer',
    label: 'customer',
    id: customerId,
    load: (tx, id) => tx.customer.findUnique({ where: { id }, select }),
    action: 'pricing.customer-group.set',
    apply: (tx) => writeCustomerGroup(tx, customerId, customerGroup),
  });
}

async function uniqueCode<T>(code: string | null, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') {
      throw new DomainError('conflict', `The code ${code} is already taken.`, { code: ['Already taken'] });
    }
    throw error;
  }
}
