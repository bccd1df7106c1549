// A customer's price group (consumer, trade, …), which staff set from the pricing screens. Accounts
// owns the Customer table, so pricing asks here; called in the caller's (audited) transaction.
import type { CustomerGroup, Prisma } from '@tandem/db';

/** Sets the customer's group; returns the new state (throws when there is no such customer, as `update` does). */
export async function setCustomerGroup(tx: Prisma.TransactionClient, customerId: string, customerGroup: CustomerGroup) {
  return tx.customer.update({ where: { id: customerId }, data: { customerGroup }, select: { id: true, customerGroup: true } });
}
