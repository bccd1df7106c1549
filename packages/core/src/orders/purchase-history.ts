// Paid purchases as other contexts read them (recommendations, segments): one row per order
// line of an order that was paid, whatever happened after (fulfilled, delivered, refunded).
import type { PrismaClient } from '@tandem/db';

export interface PurchasedLine {
  orderId: string;
  customerId: string;
  productId: string;
  quantity: number;
  /** The line total in minor units, in the order's currency, minus nothing refunded. */
  amount: number;
  currency: string;
  paidAt: Date;
}

export interface PaidOrder {
  customerId: string;
  /** What the customer paid for the order, less refunds, in minor units. */
  amount: number;
  currency: string;
  paidAt: Date;
}

/** Statuses of an order that was paid, whatever happened after. */
export const PAID_STATUSES = ['PAID', 'FULFILLED', 'DELIVERED'] as const;

/** Lines of orders paid from `since` (inclusive) up to `until` (inclusive, default: no end). */
export async function purchasedLines(prisma: PrismaClient, options: { since: Date; until?: Date }): Promise<PurchasedLine[]> {
  const orders = await prisma.order.findMany({
    // Per-customer history: guest orders (no account) belong to nobody's segment.
    where: { customerId: { not: null }, status: { in: [...PAID_STATUSES] }, paidAt: { gte: options.since, ...(options.until ? { lte: options.until } : {}) } },
    select: { id: true, customerId: true, currency: true, paidAt: true, lines: { select: { variantId: true, quantity: true, lineTotalAmount: true } } },
    orderBy: [{ paidAt: 'asc' }, { id: 'asc' }],
  });
  const variantIds = [...new Set(orders.flatMap((o) => o.lines.map((l) => l.variantId)))];
  const variants = await prisma.productVariant.findMany({ where: { id: { in: variantIds } }, select: { id: true, productId: true } });
  const productOf = new Map(variants.map((v) => [v.id, v.productId]));
  return orders.flatMap((order) =>
    order.lines.flatMap((line) => {
      const productId = productOf.get(line.variantId);
      return productId && order.paidAt && order.customerId
        ? [{ orderId: order.id, customerId: order.customerId, productId, quantity: line.quantity, amount: line.lineTotalAmount, currency: order.currency, paidAt: order.paidAt }]
        : [];
    }),
  );
}

/** Paid orders since a moment, net of refunds: what RFM segmentation reads. */
export async function paidOrders(prisma: PrismaClient, options: { since: Date }): Promise<PaidOrder[]> {
  const orders = await prisma.order.findMany({
    where: { customerId: { not: null }, status: { in: [...PAID_STATUSES] }, paidAt: { gte: options.since } },
    select: { customerId: true, totalAmount: true, refundedAmount: true, currency: true, paidAt: true },
    orderBy: [{ paidAt: 'asc' }, { id: 'asc' }],
  });
  return orders.flatMap((o) => (o.paidAt && o.customerId ? [{ customerId: o.customerId, amount: o.totalAmount - o.refundedAmount, currency: o.currency, paidAt: o.paidAt }] : []));
}
