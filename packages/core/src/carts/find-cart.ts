import type { Prisma, PrismaClient } from '@tandem/db';
import { hashToken } from '../accounts/index.ts';
import type { CartOwner } from './types.ts';

type Db = PrismaClient | Prisma.TransactionClient;

/** The owner's active cart id: the customer's when signed in, else the anonymous token's. */
export async function findActiveCartId(db: Db, owner: CartOwner): Promise<string | null> {
  if (owner.customerId) {
    const cart = await db.cart.findFirst({
      where: { customerId: owner.customerId, status: 'ACTIVE' },
      select: { id: true },
      orderBy: { createdAt: 'desc' },
    });
    return cart?.id ?? null;
  }
  if (!owner.cartToken) return null;
  const cart = await db.cart.findFirst({
    where: { tokenHash: hashToken(owner.cartToken), customerId: null, status: 'ACTIVE' },
    select: { id: true },
  });
  return cart?.id ?? null;
}
