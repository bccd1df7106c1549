import type { Prisma } from '@tandem/db';
import { releaseStock } from '../catalog/index.ts';
import { readSnapshot } from '../configurator/index.ts';
import { stockDemand } from './stock-demand.ts';

/**
 * Puts an order's units back on the shelf, once: `stockReleasedAt` is claimed by a conditional
 * update, so a retried or concurrent cancel cannot release twice. What goes back is what placing
 * the order took (`stockDemand`): each line's variant and a configured line's components.
 */
export async function releaseStockOnce(tx: Prisma.TransactionClient, orderId: string, now: Date): Promise<boolean> {
  const claimed = await tx.order.updateMany({ where: { id: orderId, stockReleasedAt: null }, data: { stockReleasedAt: now } });
  if (claimed.count === 0) return false;
  const lines = await tx.orderLine.findMany({ where: { orderId }, select: { variantId: true, quantity: true, productTitle: true, configuration: true } });
  await releaseStock(tx, stockDemand(lines.map((line) => ({ ...line, configuration: readSnapshot(line.configuration) }))));
  return true;
}
