// A customer's purchases as part of their personal history. They are read from their paid
// orders (the orders context's fragments), whether checkout or an import wrote them: orders are
// the one record of a purchase, so no second copy as behaviour events can drift from them or
// double the bought-together counts (docs/decisions.md, "Purchases are history, read from
// orders"). Like their events, only while the customer allows tracking, and without the bought
// products they took out on "Why these?" (ForgottenPurchase: those paid up to the moment they did).
import { Prisma } from '@tandem/db';
import { customerPurchasesSql, purchasingCustomersSql, type CustomerPurchasesWindow } from '../orders/index.ts';

/**
 * How far back purchases count in a "for you" history: longer than views (FOR_YOU_HISTORY_DAYS),
 * because a shop's customers buy a few times a year, and the recommendation window (180 days)
 * so every purchase the neighbours were counted from can also be a source.
 */
export const FOR_YOU_PURCHASE_DAYS = 180;

const allowsTracking = (customerId: Prisma.Sql) => Prisma.sql`EXISTS (SELECT 1 FROM "Customer" c WHERE c.id = ${customerId} AND c."trackingConsent")`;

const notForgotten = (customerId: Prisma.Sql) =>
  Prisma.sql`NOT EXISTS (SELECT 1 FROM "ForgottenPurchase" f WHERE f."customerId" = ${customerId} AND f."productId" = p."productId" AND f."forgottenAt" >= p."occurredAt")`;

/** The customer's latest purchases as history rows `(id, "productId", type, "occurredAt")`, or none without their consent. */
export function ownPurchasesSql(customerId: Prisma.Sql, window: CustomerPurchasesWindow): Prisma.Sql {
  return Prisma.sql`(SELECT p.* FROM ${customerPurchasesSql(customerId, window)} p WHERE ${allowsTracking(customerId)} AND ${notForgotten(customerId)})`;
}

/** The customers with a purchase in the window who allow tracking, one column "visitor". */
export function purchasingVisitorsSql(window: Omit<CustomerPurchasesWindow, 'limit'>): Prisma.Sql {
  return Prisma.sql`(SELECT b."customerId" AS visitor FROM ${purchasingCustomersSql(window)} b WHERE ${allowsTracking(Prisma.sql`b."customerId"`)})`;
}

/** The start of the purchase history of a list computed at `now`. */
export const purchasesSince = (now: Date): Date => new Date(now.getTime() - FOR_YOU_PURCHASE_DAYS * 86_400_000);
