// An account adopting a guest order: the order (and its promotion redemptions) becomes the
// customer's, so it shows among their orders. Only an account with the order's own e-mail may
// adopt it; the caller proves that the shopper holds the order's link (see checkout's
// guest-account workflow) — an order is never moved into someone else's account.
import type { PrismaClient } from '@tandem/db';
import { assignRedemptions } from '../pricing/index.ts';
import { DomainError } from '../shared/index.ts';
import { addTimelineEntry } from './order-timeline.ts';

/**
 * Makes a guest order the customer's, in one transaction. Adopting an order the customer
 * already owns is a no-op; an order of another account, or placed with another e-mail, is refused.
 */
export async function adoptGuestOrder(prisma: PrismaClient, orderId: string, customer: { id: string; email: string }, now: Date): Promise<void> {
  await prisma.$transaction(async (tx) => {
    const adopted = await tx.order.updateMany({
      where: { id: orderId, customerId: null, email: { equals: customer.email, mode: 'insensitive' } },
      data: { customerId: customer.id },
    });
    if (adopted.count === 0) {
      const order = await tx.order.findUnique({ where: { id: orderId }, select: { customerId: true } });
      if (order?.customerId === customer.id) return;
      throw new DomainError('forbidden', 'This order can only be added to the account with the e-mail address it was placed with.');
    }
    await assignRedemptions(tx, orderId, customer.id);
    await addTimelineEntry(tx, orderId, { type: 'adopted_by_account', at: now });
  });
}
