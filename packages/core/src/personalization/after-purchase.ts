import type { PrismaClient } from '@tandem/db';
import type { ProductCard } from '../catalog/index.ts';
import { DomainError } from '../shared/index.ts';
import { forCart, popularProducts } from './serve-recommendations.ts';

/**
 * "You might also like" after a purchase: what is bought together with (or like) the order's
 * products, never the products just bought, topped up with popular products. Only the order's
 * own customer may ask; anyone else gets NOT_FOUND, as for the order itself.
 */
export async function afterPurchase(prisma: PrismaClient, customerId: string, orderId: string, limit: number): Promise<ProductCard[]> {
  const order = await prisma.order.findFirst({ where: { id: orderId, customerId }, select: { lines: { select: { variantId: true } } } });
  if (!order) throw new DomainError('not_found', 'There is no such order.');
  const variants = await prisma.productVariant.findMany({ where: { id: { in: order.lines.map((l) => l.variantId) } }, select: { productId: true } });
  const bought = [...new Set(variants.map((v) => v.productId))];
  const related = await forCart(prisma, bought, limit);
  if (related.length >= limit) return related;
  const shown = new Set([...bought, ...related.map((p) => p.id)]);
  const popular = await popularProducts(prisma, 'all', 'popular', limit + shown.size);
  return [...related, ...popular.filter((p) => !shown.has(p.id))].slice(0, limit);
}
