// The shopper cancels their own order (from the account's order page or a guest link): an
// unpaid order, or a paid one that has not shipped. The cancellation goes first, in one
// transaction (status, stock back on the shelf, promotion redemptions, the `cancelled` event
// that e-mails the shopper), so staff can no longer ship it; a paid order's payment is then
// refunded in full through the provider with the key `cancel-<order id>` — its record issues
// the credit note and the refund e-mail. A provider payment that was only started is stopped
// at the provider before anything changes. A replay (a double click, a retry after a failed
// refund) has one effect: the cancellation is not repeated and the refund is made once.
import type { PrismaClient } from '@tandem/db';
import type { PaymentProvider } from '@tandem/payments';
import { DomainError, NotFoundError } from '../shared/index.ts';
import { moveToCancelled } from './cancel-order.ts';
import { refundOrder, refundRecorded } from './settle-order.ts';

/** What the shopper's cancel needs: the database, the payment provider, the clock. */
export interface ShopperCancelDeps {
  prisma: PrismaClient;
  payments: PaymentProvider;
  now: () => Date;
}

/** The sentence the cancellation e-mail gives as the reason. */
export const SHOPPER_CANCEL_REASON = 'You cancelled it.';

const OFFLINE = 'offline';

/**
 * Cancels order `orderId` for its shopper (the caller has checked it is theirs) and refunds what
 * was paid. Shipped orders are returned instead, so they are a conflict here.
 */
export async function cancelOrderForShopper(deps: ShopperCancelDeps, orderId: string): Promise<void> {
  const key = `cancel-${orderId}`;
  const order = await deps.prisma.order.findUnique({
    where: { id: orderId },
    select: { status: true, payments: { orderBy: { createdAt: 'desc' }, take: 1, select: { provider: true, providerRef: true, state: true } } },
  });
  if (!order) throw new NotFoundError('order', orderId);
  if (order.status === 'FULFILLED' || order.status === 'DELIVERED') {
    throw new DomainError('conflict', 'This order has already shipped, so it cannot be cancelled; you can return it instead.');
  }
  // A group buy's order is settled with its deal (leaving it releases the hold), never alone.
  if (await deps.prisma.orderEvent.findFirst({ where: { orderId, type: 'group_buy_joined' }, select: { id: true } })) {
    throw new DomainError('conflict', 'This order belongs to a group buy: leave the group buy from its page instead.');
  }
  const payment = order.payments[0];
  if (order.status === 'AWAITING_PAYMENT' && payment && payment.provider !== OFFLINE && ['PENDING', 'REQUIRES_ACTION', 'PROCESSING'].includes(payment.state)) {
    // Stop the started payment first: if the money moved meanwhile, the provider refuses and nothing changes here.
    await deps.payments.cancelPayment(payment.providerRef, key).catch(() => {
      throw new DomainError('conflict', 'Your payment is just going through, so the order cannot be cancelled this moment. Please reload the page in a minute and try again.');
    });
  }
  await deps.prisma.$transaction((tx) => moveToCancelled(tx, orderId, SHOPPER_CANCEL_REASON, deps.now(), { refundFollows: true, by: 'shopper' }));
  await refundWhatWasPaid(deps, orderId, key);
}

/** Refunds the rest of a succeeded payment of an order the shopper cancelled while paid, once. */
async function refundWhatWasPaid(deps: ShopperCancelDeps, orderId: string, key: string): Promise<void> {
  const cancelled = await deps.prisma.orderEvent.findFirst({ where: { orderId, type: 'cancelled' }, orderBy: { createdAt: 'desc' }, select: { data: true } });
  // Only a cancellation that promised the refund makes one (an expired order paid late is staff's to settle).
  if ((cancelled?.data as { refundFollows?: unknown } | null)?.refundFollows !== true) return;
  const paid = await deps.prisma.payment.findFirst({ where: { orderId, state: 'SUCCEEDED' }, orderBy: { createdAt: 'desc' }, select: { amount: true, refundedAmount: true } });
  const amount = paid ? paid.amount - paid.refundedAmount : 0;
  if (amount <= 0 || (await refundRecorded(deps.prisma, orderId, key))) return;
  await refundOrder(deps.prisma, deps.payments, { orderId, amount, idempotencyKey: key }, deps.now());
}
