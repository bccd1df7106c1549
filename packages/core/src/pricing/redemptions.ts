// Usage limits that hold under concurrent checkouts. Inside the order's transaction, each
// applied promotion is reserved by a conditional increment of its counter (the row lock makes
// concurrent checkouts queue; the WHERE re-checks the limit after the wait) plus a redemption
// row (unique per promotion and order). Cancelling or expiring the order releases both, once.
import type { Prisma } from '@tandem/db';
import { DomainError } from '../shared/index.ts';
import type { AppliedPromotion } from './types.ts';

/** Reserves the order's promotions; throws `conflict` (rolling the order back) when one ran out. */
export async function reserveRedemptions(
  tx: Prisma.TransactionClient,
  /** `customerId` is null for a guest order: a promotion limited per customer needs an account. */
  order: { id: string; customerId: string | null },
  applied: readonly AppliedPromotion[],
): Promise<void> {
  // In id order, like stock rows, so two checkouts never wait on each other's promotions.
  const byId = [...applied].sort((a, b) => (a.promotionId < b.promotionId ? -1 : 1));
  for (const a of byId) {
    const [limit] = await tx.$queryRaw<{ perCustomerLimit: number | null }[]>`
      UPDATE "Promotion" SET "usedCount" = "usedCount" + 1
      WHERE id = ${a.promotionId} AND active AND ("usageLimit" IS NULL OR "usedCount" < "usageLimit")
      RETURNING "perCustomerLimit"`;
    if (!limit) throw usedUp(a);
    // After the row lock above, this count sees every committed redemption of this customer.
    if (limit.perCustomerLimit !== null) {
      // A guest cannot be counted per customer, so such a promotion would be unlimited for them.
      if (order.customerId === null) throw accountOnly(a);
      const used = await tx.promotionRedemption.count({ where: { promotionId: a.promotionId, customerId: order.customerId, releasedAt: null } });
      if (used >= limit.perCustomerLimit) throw usedUp(a);
    }
    await tx.promotionRedemption.create({ data: { promotionId: a.promotionId, orderId: order.id, customerId: order.customerId, amount: a.amount } });
  }
}

/** Gives an order's promotions back (cancelled or expired order). A second call releases nothing. */
export async function releaseRedemptions(tx: Prisma.TransactionClient, orderId: string, now: Date): Promise<number> {
  const live = await tx.promotionRedemption.findMany({ where: { orderId, releasedAt: null }, select: { id: true, promotionId: true }, orderBy: { promotionId: 'asc' } });
  let released = 0;
  for (const r of live) {
    const claimed = await tx.promotionRedemption.updateMany({ where: { id: r.id, releasedAt: null }, data: { releasedAt: now } });
    if (claimed.count === 0) continue;
    await tx.$executeRaw`UPDATE "Promotion" SET "usedCount" = "usedCount" - 1 WHERE id = ${r.promotionId} AND "usedCount" > 0`;
    released += 1;
  }
  return released;
}

/**
 * A shopper who entered a code is never charged silently without it: when the code stopped
 * applying (used up by someone else a moment ago, expired) the order is refused with the reason.
 */
export function assertCodeStillApplies(quote: { pricing: { code: { code: string; applied: boolean; reason: string | null } | null } }): void {
  const entered = quote.pricing.code;
  if (entered && !entered.applied) {
    throw new DomainError('conflict', `The code ${entered.code} does not apply to this order: ${entered.reason ?? 'a better offer was chosen.'} Remove it from your cart to order without it.`);
  }
}

function accountOnly(a: AppliedPromotion): DomainError {
  const what = a.code ? `The code ${a.code}` : `The promotion "${a.name}"`;
  return new DomainError('conflict', `${what} is limited per customer, so it needs an account: sign in to use it, or remove it to order as a guest.`);
}

function usedUp(a: AppliedPromotion): DomainError {
  const what = a.code ? `The code ${a.code}` : `The promotion "${a.name}"`;
  return new DomainError('conflict', `${what} has just been used up, so your total changed; please review your order.`);
}

/** Counts a guest order's redemptions for the account that adopted the order (its per-customer limits from now on). */
export async function assignRedemptions(tx: Prisma.TransactionClient, orderId: string, customerId: string): Promise<void> {
  await tx.promotionRedemption.updateMany({ where: { orderId, customerId: null }, data: { customerId } });
}
