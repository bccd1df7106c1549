import type { Prisma, PrismaClient } from '@tandem/db';
import { hashToken } from '../accounts/index.ts';
import type { CartOwner } from './types.ts';

type Db = PrismaClient | Prisma.TransactionClient;

/** The owner's active cart id: the customer's when signed in, else the anonymous token's. */
export async function findActiveCartId(db: Db, owner: CartOwner): Promise<string | null> {
  return (await findActiveCart(db, owner))?.id ?? null;
}

/** The owner's active cart with what pricing reads of the row (currency, owner, kept code), in one query. */
export async function findActiveCart(db: Db, owner: CartOwner): Promise<ActiveCart | null> {
  const select = { id: true, currency: true, customerId: true, promotionCode: true } as const;
  if (owner.customerId) {
    return db.cart.findFirst({ where: { customerId: owner.customerId, status: 'ACTIVE' }, select, orderBy: { createdAt: 'desc' } });
  }
  if (!owner.cartToken) return null;
  return db.cart.findFirst({ where: { tokenHash: hashToken(owner.cartToken), customerId: null, status: 'ACTIVE' }, select });
}

/** An active cart's row as pricing needs it. */
export interface ActiveCart {
  id: string;
  currency: string;
  customerId: string | null;
  promotionCode: string | null;
}
