import type { PrismaClient } from '@tandem/db';
import { DomainError } from '../shared/index.ts';
import { forCart, popularProducts, type RecommendedCard } from './serve-recommendations.ts';

/**
 * "You might also like" after a purchase: complements of the order's products (bought with
 * them, of another kind: no second helmet after a helmet), never the products just bought,
 * topped up with popular products of other kinds. Only the order's own customer may ask; anyone
 * else gets NOT_FOUND, as for the order itself.
 */
export async function afterPurchase(prisma: PrismaClient, customerId: string, orderId: string, limit: number): Promise<RecommendedCard[]> {
  const order = await prisma.order.findFirst({ where: { id: orderId, customerId }, select: { lines: { select: { variantId: true } } } });
  if (!order) throw new DomainError('not_found', 'There is no such order.');
  const variants = await prisma.productVariant.findMany({ where: { id: { in: order.lines.map((l) => l.variantId) } }, select: { productId: true, product: { select: { category: { select: { path: true } } } } } });
  const bought = [...new Set(variants.map((v) => v.productId))];
  const boughtKinds = new Set(variants.map((v) => v.product.category.path));
  const related = await forCart(prisma, bought, limit);
  if (related.length >= limit) return related;
  const shown = new Set([...bought, ...related.map((p) => p.id)]);
  const popular = await popularProducts(prisma, 'all', 'popular', limit + shown.size + 10);
  return [...related, ...popular.filter((p) => !shown.has(p.id) && !boughtKinds.has(p.category.path))].slice(0, limit);
}
