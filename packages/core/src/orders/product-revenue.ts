// Recent revenue per product, for reports that weigh a figure by what a product sells (the
// undercut report's revenue at risk). Paid orders only (guests included); line totals are after
// line discounts; refunds are per order, not per line, so they are not taken off.
import type { Prisma, PrismaClient } from '@tandem/db';

type Db = PrismaClient | Prisma.TransactionClient;

/**
 * Revenue (minor units, in `currency`) and units of each product in orders paid from `since`,
 * keyed by product id; products that sold nothing are absent.
 *
 * @example const sold = await productRevenue(prisma, ['prod_1'], { since: thirtyDaysAgo, currency: 'EUR' })
 */
export async function productRevenue(db: Db, productIds: readonly string[], options: { since: Date; currency: string }): Promise<Map<string, { amount: number; quantity: number }>> {
  if (!productIds.length) return new Map();
  const rows = await db.$queryRawUnsafe<{ productId: string; amount: number; quantity: number }[]>(
    `SELECT v."productId", sum(l."lineTotalAmount")::int AS amount, sum(l.quantity)::int AS quantity
       FROM "OrderLine" l JOIN "Order" o ON o.id = l."orderId" JOIN "ProductVariant" v ON v.id = l."variantId"
      WHERE o.status IN ('PAID', 'FULFILLED', 'DELIVERED') AND o."paidAt" >= $2 AND o.currency = $3
        AND v."productId" = ANY($1::text[])
      GROUP BY v."productId"`,
    [...new Set(productIds)], options.since, options.currency,
  );
  return new Map(rows.map((r) => [r.productId, { amount: r.amount, quantity: r.quantity }]));
}
