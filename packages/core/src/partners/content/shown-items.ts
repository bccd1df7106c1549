// "From our partners": the approved items of approved partners that fit a product or a
// category page. Candidates come from one query (category or keyword overlap, array operators
// on indexed columns), the ranking from rank-items.ts.
import type { PrismaClient } from '@tandem/db';
import { VISIBLE_PRODUCTS } from '../../catalog/index.ts';
import { rankItems, wordsOf, type ProductTopic } from './rank-items.ts';
import type { PartnerItemCard } from './types.ts';

/** Only these are ever shown to shoppers. */
export const SHOWN = { status: 'APPROVED', partner: { status: 'APPROVED' } } as const;

const CARD_SELECT = {
  id: true, title: true, description: true, priceAmount: true, currency: true, imageUrl: true,
  categoryIds: true, keywords: true, updatedAt: true, partner: { select: { name: true } },
} as const;

async function categoryTrail(prisma: PrismaClient, categoryId: string): Promise<{ ids: string[]; names: string[] }> {
  const ids: string[] = [];
  const names: string[] = [];
  // Trees are shallow; one small query per level.
  for (let id: string | null = categoryId; id && ids.length < 20; ) {
    const row: { id: string; name: string; parentId: string | null } | null = await prisma.category.findUnique({ where: { id }, select: { id: true, name: true, parentId: true } });
    if (!row) break;
    ids.push(row.id);
    names.push(row.name);
    id = row.parentId;
  }
  return { ids, names };
}

async function shownFor(prisma: PrismaClient, topic: ProductTopic, limit: number): Promise<PartnerItemCard[]> {
  const candidates = await prisma.partnerContentItem.findMany({
    where: { ...SHOWN, OR: [{ categoryIds: { hasSome: [...topic.categoryTrail] } }, { keywords: { hasSome: [...topic.words] } }] },
    select: CARD_SELECT,
    take: 200,
    orderBy: { updatedAt: 'desc' },
  });
  return rankItems(candidates, topic, limit).map((i) => ({
    id: i.id, title: i.title, description: i.description, price: { amount: i.priceAmount, currency: i.currency }, imageUrl: i.imageUrl, partner: { name: i.partner.name },
  }));
}

/** Items for a visible product's page; none for a product that is not shown. */
export async function partnerItemsForProduct(prisma: PrismaClient, productId: string, limit: number): Promise<PartnerItemCard[]> {
  const product = await prisma.product.findFirst({
    where: { AND: [VISIBLE_PRODUCTS, { id: productId }] },
    select: { title: true, categoryId: true, attributes: { select: { value: true } } },
  });
  if (!product) return [];
  const trail = await categoryTrail(prisma, product.categoryId);
  return shownFor(prisma, { categoryTrail: trail.ids, words: wordsOf(product.title, ...product.attributes.map((a) => a.value), ...trail.names) }, limit);
}

/** Items for a category page: tied to the category or an ancestor, or naming it. */
export async function partnerItemsForCategory(prisma: PrismaClient, categorySlug: string, limit: number): Promise<PartnerItemCard[]> {
  const category = await prisma.category.findUnique({ where: { slug: categorySlug }, select: { id: true } });
  if (!category) return [];
  const trail = await categoryTrail(prisma, category.id);
  return shownFor(prisma, { categoryTrail: trail.ids, words: wordsOf(...trail.names) }, limit);
}
