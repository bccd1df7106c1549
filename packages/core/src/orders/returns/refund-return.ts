// Staff refund a received return through the payment provider. The amount is computed here,
// never taken from the client: the returned units' share of what was paid for their lines
// (discounts included), plus the shipping when staff choose to and no other return refunded it,
// never more than the payment still holds. Three steps, because the provider call cannot join a
// transaction:
//   1. claim: fix the amount and the restock choices on the return (a retry reuses them);
//   2. refund at the provider with the key `return-<id>` (its record issues the credit note and
//      the `refunded` event naming this return, whose e-mail is the return's refunded e-mail),
//      unless that refund is already recorded;
//   3. finish: move the return to refunded, put the chosen units back in stock, publish its
//      event and audit it, in one transaction.
// A retry after any step completes the rest once.
import type { Prisma, PrismaClient } from '@tandem/db';
import type { PaymentProvider } from '@tandem/payments';
import { releaseStock } from '../../catalog/index.ts';
import { readSnapshot } from '../../configurator/index.ts';
import { DomainError, NotFoundError } from '../../shared/index.ts';
import type { StaffActor } from '../../staff/index.ts';
import { refundOrder, refundRecorded } from '../settle-order.ts';
import { stockDemand } from '../stock-demand.ts';
import { returnedGoodsAmount, shippingGross } from './return-amounts.ts';
import { moveReturn } from './review-return.ts';
import { assertReturnMove } from './return-status.ts';

type Tx = Prisma.TransactionClient;

/** What refunding a return needs: the database, the payment provider, the clock. */
export interface ReturnRefundDeps {
  prisma: PrismaClient;
  payments: PaymentProvider;
  now: () => Date;
}

/** Staff's choices: refund the shipping too, and which lines' returned units go back on the shelf. */
export interface ReturnRefundChoice {
  id: string;
  refundShipping: boolean;
  restockLineIds: readonly string[];
}

/** Refunds a received return (see the file header); a replay of a refunded return does nothing. */
export async function refundReturn(deps: ReturnRefundDeps, actor: StaffActor, choice: ReturnRefundChoice): Promise<void> {
  const claim = await deps.prisma.$transaction((tx) => claimRefund(tx, choice));
  if (!claim) return;
  const key = `return-${choice.id}`;
  if (claim.amount > 0 && !(await refundRecorded(deps.prisma, claim.orderId, key))) {
    await refundOrder(deps.prisma, deps.payments, { orderId: claim.orderId, amount: claim.amount, idempotencyKey: key, returnId: choice.id }, deps.now());
  }
  await deps.prisma.$transaction((tx) => finishRefund(tx, actor, choice.id, claim.amount, deps.now()));
}

/** Step 1: the amount and restock choices, fixed once under the order's lock; null when already refunded. */
async function claimRefund(tx: Tx, choice: ReturnRefundChoice): Promise<{ orderId: string; amount: number } | null> {
  const found = await tx.returnRequest.findUnique({ where: { id: choice.id }, select: { orderId: true } });
  if (!found) throw new NotFoundError('return', choice.id);
  await tx.$queryRaw`SELECT id FROM "Order" WHERE id = ${found.orderId} FOR UPDATE`;
  const ret = await tx.returnRequest.findUniqueOrThrow({
    where: { id: choice.id },
    select: { status: true, refundAmount: true, lines: { select: { orderLineId: true, quantity: true } } },
  });
  if (ret.status === 'REFUNDED') return null;
  assertReturnMove(ret.status, 'REFUNDED');
  if (ret.refundAmount !== null) return { orderId: found.orderId, amount: ret.refundAmount };

  const unknown = choice.restockLineIds.filter((id) => !ret.lines.some((l) => l.orderLineId === id));
  if (unknown.length) throw new DomainError('invalid_input', 'Only returned items can be restocked.', { restockLineIds: ['Only returned items can be restocked'] });
  const quote = await quoteReturnRefund(tx, choice.id);
  if (choice.refundShipping && quote.shippingRefunded) {
    throw new DomainError('conflict', 'The shipping was already refunded with another return of this order.');
  }
  // Never more than the payment still holds (staff may have refunded part of it by hand).
  const amount = Math.max(0, Math.min(quote.goods + (choice.refundShipping ? quote.shipping : 0), quote.refundable));
  await tx.returnRequest.update({ where: { id: choice.id }, data: { refundAmount: amount, refundsShipping: choice.refundShipping } });
  if (choice.restockLineIds.length) await tx.returnLine.updateMany({ where: { returnId: choice.id, orderLineId: { in: [...choice.restockLineIds] } }, data: { restock: true } });
  return { orderId: found.orderId, amount };
}

/** What refunding a return would give back now: its goods, the shipping (unless another return refunded it), and what the payment still holds. */
export interface ReturnRefundQuote {
  goods: number;
  shipping: number;
  shippingRefunded: boolean;
  refundable: number;
}

/** The refund a return would get, from the order as priced and the returns refunded before it. */
export async function quoteReturnRefund(db: Tx | PrismaClient, returnId: string): Promise<ReturnRefundQuote> {
  const ret = await db.returnRequest.findUnique({ where: { id: returnId }, select: { orderId: true, lines: { select: { orderLineId: true, quantity: true } } } });
  if (!ret) throw new NotFoundError('return', returnId);
  const order = await db.order.findUniqueOrThrow({
    where: { id: ret.orderId },
    select: {
      pricesIncludeTax: true,
      shippingAmount: true,
      taxAmount: true,
      lines: { select: { id: true, quantity: true, lineTotalAmount: true, taxAmount: true } },
      returns: { where: { id: { not: returnId }, refundAmount: { not: null } }, select: { refundsShipping: true, lines: { select: { orderLineId: true, quantity: true } } } },
      payments: { where: { state: 'SUCCEEDED' }, orderBy: { createdAt: 'desc' }, take: 1, select: { amount: true, refundedAmount: true } },
    },
  });
  const payment = order.payments[0];
  if (!payment) throw new DomainError('conflict', 'This order has no payment to refund.');
  const earlier = order.returns.flatMap((r) => r.lines);
  const units = ret.lines.map((l) => ({
    lineId: l.orderLineId,
    quantity: l.quantity,
    alreadyRefunded: earlier.filter((e) => e.orderLineId === l.orderLineId).reduce((sum, e) => sum + e.quantity, 0),
  }));
  return {
    goods: returnedGoodsAmount(order, units),
    shipping: shippingGross(order),
    shippingRefunded: order.returns.some((r) => r.refundsShipping),
    refundable: payment.amount - payment.refundedAmount,
  };
}

/** Step 3: refunded, restocked, announced and audited together. */
async function finishRefund(tx: Tx, actor: StaffActor, returnId: string, amount: number, now: Date): Promise<void> {
  const lines = await tx.returnLine.findMany({
    where: { returnId, restock: true },
    select: { quantity: true, orderLine: { select: { variantId: true, productTitle: true, configuration: true } } },
  });
  const restocked = lines.reduce((sum, l) => sum + l.quantity, 0);
  const moved = await moveReturn(tx, actor, returnId, 'REFUNDED', { refundedAt: now }, now, { amount, restocked });
  if (!moved || lines.length === 0) return;
  // What goes back is what the returned units took when the order was placed (a configured line's parts too).
  await releaseStock(tx, stockDemand(lines.map((l) => ({ ...l.orderLine, quantity: l.quantity, configuration: readSnapshot(l.orderLine.configuration) }))));
}
