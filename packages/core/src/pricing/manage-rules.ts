// Administrators' writes to the pricing rules. Inputs arrive validated (packages/validators).
import { Prisma, type PrismaClient } from '@tandem/db';
import type { PriceListInput, PromotionInput, VolumeTiersInput } from '@tandem/validators';
import { DomainError, NotFoundError } from '../shared/errors.ts';

export async function createPromotion(prisma: PrismaClient, input: PromotionInput) {
  return uniqueCode(input.code, () => prisma.promotion.create({ data: input }));
}

export async function updatePromotion(prisma: PrismaClient, id: string, input: PromotionInput) {
  const found = await prisma.promotion.findUnique({ where: { id }, select: { usedCount: true } });
  if (!found) throw new NotFoundError('promotion', id);
  if (input.usageLimit !== null && input.usageLimit < found.usedCount) {
    throw new DomainError('invalid_input', `This promotion was already used ${found.usedCount} times.`, { usageLimit: [`At least ${found.usedCount}`] });
  }
  return uniqueCode(input.code, () => prisma.promotion.update({ where: { id }, data: input }));
}

export async function listPromotions(prisma: PrismaClient) {
  return prisma.promotion.findMany({ orderBy: [{ active: 'desc' }, { createdAt: 'desc' }], take: 500 });
}

/** Creates or replaces a price list with its entries, in one transaction. */
export async function savePriceList(prisma: PrismaClient, input: PriceListInput) {
  const { id, entries, ...list } = input;
  return prisma.$transaction(async (tx) => {
    const saved = id
      ? await tx.priceList.update({ where: { id }, data: list }).catch(notFound('price list', id))
      : await tx.priceList.create({ data: list });
    await tx.priceListEntry.deleteMany({ where: { priceListId: saved.id } });
    await tx.priceListEntry.createMany({ data: entries.map((e) => ({ ...e, priceListId: saved.id })) });
    return { ...saved, entryCount: entries.length };
  });
}

export async function listPriceLists(prisma: PrismaClient) {
  return prisma.priceList.findMany({ orderBy: { createdAt: 'desc' }, include: { _count: { select: { entries: true } } }, take: 200 });
}

/** Replaces a variant's tier table. */
export async function setVolumeTiers(prisma: PrismaClient, input: VolumeTiersInput) {
  return prisma.$transaction(async (tx) => {
    const variant = await tx.productVariant.findUnique({ where: { id: input.variantId }, select: { priceAmount: true } });
    if (!variant) throw new NotFoundError('product variant', input.variantId);
    if (input.tiers.some((t) => t.unitAmount >= variant.priceAmount)) {
      throw new DomainError('invalid_input', 'Every tier must be cheaper than the catalog price.', { tiers: ['Cheaper than the catalog price'] });
    }
    await tx.volumeTier.deleteMany({ where: { variantId: input.variantId } });
    await tx.volumeTier.createMany({ data: input.tiers.map((t) => ({ ...t, variantId: input.variantId })) });
    return tx.volumeTier.findMany({ where: { variantId: input.variantId }, orderBy: { minQuantity: 'asc' } });
  });
}

export async function setCustomerGroup(prisma: PrismaClient, customerId: string, customerGroup: PriceListInput['customerGroup']) {
  const updated = await prisma.customer.updateMany({ where: { id: customerId }, data: { customerGroup } });
  if (updated.count === 0) throw new NotFoundError('customer', customerId);
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

function notFound(what: string, id: string) {
  return (error: unknown): never => {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2025') throw new NotFoundError(what, id);
    throw error;
  };
}
