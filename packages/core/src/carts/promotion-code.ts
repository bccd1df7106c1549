// The discount code pricing keeps on a cart: pricing checks the code, carts (which owns the
// Cart table) stores it.
import type { Prisma, PrismaClient } from '@tandem/db';

type Db = PrismaClient | Prisma.TransactionClient;

/** Keeps `code` (already checked by pricing) on the cart, replacing any earlier one; null removes it. */
export async function setCartPromotionCode(db: Db, cartId: string, code: string | null): Promise<void> {
  await db.cart.update({ where: { id: cartId }, data: { promotionCode: code } });
}
