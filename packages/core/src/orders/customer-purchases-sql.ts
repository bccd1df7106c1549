// One customer's paid purchases as a SQL fragment, for reads that put them beside other rows in
// one statement: personalization's "for you" history reads a customer's purchases from their
// orders (checkout's and imported alike), next to their behaviour events. The orders context
// keeps the knowledge of its tables and of what "paid" means here, as purchase-history.ts does.
import { Prisma } from '@tandem/db';
import { PAID_STATUSES } from './purchase-history.ts';

export interface CustomerPurchasesWindow {
  /** Paid from (inclusive). */
  since: Date;
  /** Paid up to (inclusive); no end when absent. */
  until?: Date;
  /** The latest this many rows. */
  limit: number;
}

/**
 * A subquery of the products of the customer's paid orders (one row per product per order,
 * however many lines name it), newest first, shaped as behaviour history rows:
 * `(id bigint, "productId", type 'PURCHASE', "occurredAt" = paidAt)`; id is 0 (an order line is
 * no event, so it never counts as newer than an event watermark).
 *
 * @example Prisma.sql`SELECT * FROM ${customerPurchasesSql(Prisma.sql`k.visitor`, { since, limit: 100 })} p`
 */
export function customerPurchasesSql(customerId: Prisma.Sql, window: CustomerPurchasesWindow): Prisma.Sql {
  return Prisma.sql`(SELECT 0::bigint AS id, v."productId", 'PURCHASE'::text AS type, o."paidAt" AS "occurredAt"
      FROM "Order" o JOIN "OrderLine" l ON l."orderId" = o.id JOIN "ProductVariant" v ON v.id = l."variantId"
     WHERE o."customerId" = ${customerId} AND ${paidIn(window)}
     GROUP BY o.id, o."paidAt", v."productId"
     ORDER BY o."paidAt" DESC LIMIT ${window.limit})`;
}

/** The customers with a paid order in the window, as a subquery of one column, "customerId". */
export function purchasingCustomersSql(window: Omit<CustomerPurchasesWindow, 'limit'>): Prisma.Sql {
  return Prisma.sql`(SELECT DISTINCT o."customerId" FROM "Order" o WHERE o."customerId" IS NOT NULL AND ${paidIn(window)})`;
}

function paidIn(window: Omit<CustomerPurchasesWindow, 'limit'>): Prisma.Sql {
  const until = window.until ? Prisma.sql`AND o."paidAt" <= ${window.until}` : Prisma.empty;
  return Prisma.sql`o.status = ANY(${[...PAID_STATUSES]}::text[]::"OrderStatus"[]) AND o."paidAt" >= ${window.since} ${until}`;
}
