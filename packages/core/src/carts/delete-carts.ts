// Erasing a customer's personal data, the carts context's part: their carts (what they were
// about to buy) go with their lines. Orders do not need them: an order copies its lines.
import type { Prisma } from '@tandem/db';

/** Deletes every cart of the customer in `tx`; returns how many. */
export async function deleteCartsOf(tx: Prisma.TransactionClient, customerId: string): Promise<number> {
  return (await tx.cart.deleteMany({ where: { customerId } })).count;
}
