// The cart's part in placing an order: lock the owner's active cart for the order's
// transaction, and mark it converted once the order is recorded. Carts own the Cart row; the
// place-order workflow composes these steps.
import type { Prisma } from '@tandem/db';
import { findActiveCartId } from './find-cart.ts';
import type { CartOwner } from './types.ts';

type Tx = Prisma.TransactionClient;

/** The owner's cart, locked; or why there is none to check out (`empty`: no active cart; `changed`: converted while we waited). */
export type CheckoutCart = { state: 'locked'; cartId: string } | { state: 'empty' } | { state: 'changed' };

/**
 * Locks the owner's active cart until the transaction ends. Concurrent placements of the same
 * cart queue on the lock and re-check its status after the wait.
 */
export async function lockCartForCheckout(tx: Tx, owner: CartOwner): Promise<CheckoutCart> {
  const cartId = await findActiveCartId(tx, owner);
  if (!cartId) return { state: 'empty' };
  await tx.$queryRaw`SELECT id FROM "Cart" WHERE id = ${cartId} FOR UPDATE`;
  const cart = await tx.cart.findUnique({ where: { id: cartId }, select: { status: true } });
  return cart?.status === 'ACTIVE' ? { state: 'locked', cartId } : { state: 'changed' };
}

/** Marks the cart bought: it is no longer the owner's active cart. */
export async function convertCart(tx: Tx, cartId: string): Promise<void> {
  await tx.cart.update({ where: { id: cartId }, data: { status: 'CONVERTED' } });
}
