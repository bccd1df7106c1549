import type { PrismaClient } from '@tandem/db';
import { productCardSelect, toProductCard } from './product-card.ts';
import { VISIBLE } from './visibility.ts';
import type { ProductCard } from './types.ts';

/** Products the store features on its home page, in stock first, newest first. */
export async function featuredProducts(prisma: PrismaClient, limit: number): Promise<ProductCard[]> {
  const rows = await prisma.product.findMany({
    where: { AND: [VISIBLE, { featured: true }] },
    orderBy: [{ inStock: 'desc' }, { createdAt: 'desc' }, { id: 'desc' }],
    take: limit,
    select: productCardSelect,
  });
  return rows.map(toProductCard);
}
