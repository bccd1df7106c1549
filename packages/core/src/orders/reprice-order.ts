// Re-pricing a recorded order (a group buy's final tier): its lines' and totals' amounts change,
// and the timeline says why, in the caller's transaction.
import type { Prisma } from '@tandem/db';
import { toJson, type PriceStep } from '../pricing/index.ts';
import { addTimelineEntry, type TimelineEntry } from './order-timeline.ts';

export interface OrderRepricing {
  lines: { id: string; unitPriceAmount: number; lineTotalAmount: number; taxAmount: number; explanation: PriceStep[] }[];
  subtotalAmount: number;
  taxAmount: number;
  totalAmount: number;
}

/** Applies the new amounts to the order and its lines and adds `entry` to its timeline. */
export async function repriceOrder(tx: Prisma.TransactionClient, orderId: string, repricing: OrderRepricing, entry: TimelineEntry): Promise<void> {
  for (const { id, explanation, ...amounts } of repricing.lines) {
    await tx.orderLine.update({ where: { id }, data: { ...amounts, explanation: toJson(explanation) } });
  }
  const { subtotalAmount, taxAmount, totalAmount } = repricing;
  await tx.order.update({ where: { id: orderId }, data: { subtotalAmount, taxAmount, totalAmount } });
  await addTimelineEntry(tx, orderId, entry);
}
