import type { Prisma } from '@tandem/db';
import { hashToken, newToken } from '../accounts/index.ts';
import { findActiveCartId } from './find-cart.ts';
import type { CartOwner } from './types.ts';

/** The owner's active cart, created when there is none; `cartToken` is set for a new anonymous cart. */
export async function ensureActiveCart(tx: Prisma.TransactionClient, owner: CartOwner, currency: string): Promise<{ cartId: string; cartToken: string | null }> {
  const existing = await findActiveCartId(tx, owner);
  if (existing) return { cartId: existing, cartToken: null };
  const cartToken = owner.customerId ? null : newToken();
  const cart = await tx.cart.create({
    data: { customerId: owner.customerId ?? null, tokenHash: cartToken ? hashToken(cartToken) : null, currency },
    select: { id: true },
  });
  return { cartId: cart.id, cartToken };
}
