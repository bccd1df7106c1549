import type { Prisma } from '@tandem/db';

/**
 * Puts an order's units back on the shelf, once: `stockReleasedAt` is claimed by a conditional
 * update, so a retried or concurrent cancel cannot release twice.
 */
export async function releaseStockOnce(tx: Prisma.TransactionClient, orderId: string, now: Date): Promise<boolean> {
  const claimed = await tx.order.updateMany({ where: { id: orderId, stockReleasedAt: null }, data: { stockReleasedAt: now } });
  if (claimed.count === 0) return false;
  // Same lock order as placing an order (by variant id), so the two never deadlock.
  const lines = await tx.orderLine.findMany({ where: { orderId }, select: { variantId: true, quantity: true }, orderBy: { variantId: 'asc' } });
  for (const line of lines) {
    await tx.productVariant.updateMany({ where: { id: line.variantId }, data: { stockOnHand: { increment: line.quantity } } });
  }
  return true;
}
