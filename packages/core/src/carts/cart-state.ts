// The writes other contexts need on a cart they do not own: the discount code pricing keeps on
// it, and checkout retiring it once its order is placed. Carts owns the Cart table; these are
// its doors for those changes.
import type { Prisma, PrismaClient } from '@tandem/db';

type Db = PrismaClient | Prisma.TransactionClient;

/** Keeps `code` (already checked by pricing) on the cart, replacing any earlier one; null removes it. */
export async function setCartPromotionCode(db: Db, cartId: string, code: string | null): Promise<void> {
  await db.cart.update({ where: { id: cartId }, data: { promotionCode: code } });
}

/** Retires the cart once its order is placed, in the caller's transaction so it changes with the order. */
export async function markCartConverted(tx: Prisma.TransactionClient, cartId: string): Promise<void> {
  await tx.cart.update({ where: { id: cartId }, data: { status: 'CONVERTED' } });
}
