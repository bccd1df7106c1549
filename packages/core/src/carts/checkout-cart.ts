// The cart's part in placing an order: lock the owner's active cart for the order's
// transaction and mark it converted, which commits with the order or not at all. Carts own the
// Cart row; the place-order workflow composes this step.
import { Prisma } from '@tandem/db';
import { hashToken } from '../accounts/index.ts';
import type { CartOwner } from './types.ts';

type Tx = Prisma.TransactionClient;

/** A locked cart: what pricing needs of the row besides its lines (its owner and the code kept on it). */
export interface LockedCart {
  cartId: string;
  customerId: string | null;
  promotionCode: string | null;
}

/** The owner's cart, locked; or why there is none to check out (`empty`: no active cart; `changed`: converted while we waited). */
export type CheckoutCart = ({ state: 'locked' } & LockedCart) | { state: 'empty' } | { state: 'changed' };

/**
 * Locks the owner's active cart until the transaction ends and marks it converted, in one
 * statement: the order's transaction either records the order or rolls the conversion back with
 * everything else (a separate UPDATE was one more round trip per order). Concurrent placements
 * of the same cart queue on the lock and see its status after the wait: the active cart is
 * chosen once, by the sub-select (an InitPlan, which PostgreSQL does not re-run after a lock
 * wait), so a cart converted meanwhile comes back as `changed` rather than vanishing, and is not
 * written again.
 */
export async function lockAndConvertCart(tx: Tx, owner: CartOwner): Promise<CheckoutCart> {
  const active = owner.customerId
    ? Prisma.sql`"customerId" = ${owner.customerId}`
    : owner.cartToken
      ? Prisma.sql`"tokenHash" = ${hashToken(owner.cartToken)} AND "customerId" IS NULL`
      : null;
  if (!active) return { state: 'empty' };
  const rows = await tx.$queryRaw<{ id: string; status: string; customerId: string | null; promotionCode: string | null }[]>`
    WITH locked AS (
      SELECT c.id, c.status, c."customerId", c."promotionCode" FROM "Cart" c
      WHERE c.id = (SELECT id FROM "Cart" WHERE ${active} AND status = 'ACTIVE' ORDER BY "createdAt" DESC LIMIT 1)
      FOR UPDATE OF c),
    converted AS (
      UPDATE "Cart" c SET status = 'CONVERTED', "updatedAt" = now()
      FROM locked l WHERE c.id = l.id AND l.status = 'ACTIVE')
    SELECT l.id, l.status::text AS status, l."customerId", l."promotionCode" FROM locked l`;
  const cart = rows[0];
  if (!cart) return { state: 'empty' };
  if (cart.status !== 'ACTIVE') return { state: 'changed' };
  return { state: 'locked', cartId: cart.id, customerId: cart.customerId, promotionCode: cart.promotionCode };
}
