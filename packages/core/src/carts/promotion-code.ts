// The discount code pricing keeps on a cart: pricing checks the code, carts (which owns the
// Cart table) stores it.
import type { Prisma, PrismaClient } from '@tandem/db';

type Db = PrismaClient | Prisma.TransactionClient;

/** Keeps `code` (already checked by pricing) on the cart, replacing any earlier one; null removes it. */
/**
 * Takes `code` off the cart if it is still the one kept there (a code entered meanwhile stays);
 * whether it was taken off.
 */
export async function clearCartPromotionCode(db: Db, cartId: string, code: string): Promise<boolean> {
  return (await db.cart.updateMany({ where: { id: cartId, promotionCode: code }, data: { promotionCode: null } })).count > 0;
}

export async function setCartPromotionCode(db: Db, cartId: string, code: string | null): Promise<void> {
  await db.cart.update({ where: { id: cartId }, data: { promotionCode: code } });
}
