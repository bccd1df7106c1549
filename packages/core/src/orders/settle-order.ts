// Admin money actions on an order: mark an offline payment received, and refund (full or
// partial). Both end in `applyPaymentUpdate`, the same path provider webhooks take, so a
// repeated click or a webhook arriving later has no second effect.
import type { PrismaClient } from '@tandem/db';
import type { PaymentProvider } from '@tandem/payments';
import { DomainError, NotFoundError } from '../shared/index.ts';
import { applyPaymentUpdate } from './apply-payment-update.ts';
import { publishOrderEvent } from './order-events.ts';
import { issueCreditNote } from './invoices/issue-documents.ts';

const OFFLINE = 'offline';

async function paymentOf(prisma: PrismaClient, orderId: string) {
  const payment = await prisma.payment.findFirst({
    where: { orderId },
    orderBy: { createdAt: 'desc' },
    select: { provider: true, providerRef: true, state: true, amount: true, refundedAmount: true },
  });
  if (!payment) throw new NotFoundError('payment for order', orderId);
  return payment;
}

/** Records that an offline payment (bank transfer, cash) arrived. Idempotent per payment. */
export async function markOfflinePaymentReceived(prisma: PrismaClient, orderId: string, now = new Date()): Promise<void> {
  const payment = await paymentOf(prisma, orderId);
  if (payment.provider !== OFFLINE) {
    throw new DomainError('conflict', `This order is paid through ${payment.provider}; its payment is confirmed by the provider.`);
  }
  await applyPaymentUpdate(prisma, {
    provider: OFFLINE,
    providerRef: payment.providerRef,
    state: 'SUCCEEDED',
    eventId: `manual-paid-${payment.providerRef}`,
    eventType: 'manual.paid',
    occurredAt: now,
  });
}

export interface RefundRequest {
  orderId: string;
  /** Minor units; at most what was paid and not yet refunded. */
  amount: number;
  /** The same key always means the same refund (a retried click refunds once). */
  idempotencyKey: string;
  /** The return this refund pays back: its e-mail then announces the refund (one e-mail, with the return's details). */
  returnId?: string | undefined;
}

/**
 * Whether the refund with this key is already recorded on the order's payment, so a workflow
 * that retries after a crash does not ask again for money that already left (the provider's
 * own idempotency covers a retry before the record; this covers one after it).
 */
export async function refundRecorded(prisma: PrismaClient, orderId: string, idempotencyKey: string): Promise<boolean> {
  const payment = await paymentOf(prisma, orderId);
  const receipt = await prisma.paymentEventReceipt.findUnique({ where: { provider_eventId: { provider: payment.provider, eventId: `refund-${idempotencyKey}` } }, select: { eventId: true } });
  return receipt !== null;
}

/**
 * Refunds part or all of an order's payment. Provider payments are refunded through the
 * provider; offline payments were settled outside the store, so the refund is only recorded.
 */
export async function refundOrder(prisma: PrismaClient, payments: PaymentProvider, request: RefundRequest, now = new Date()): Promise<void> {
  const payment = await paymentOf(prisma, request.orderId);
  if (payment.state !== 'SUCCEEDED') throw new DomainError('conflict', 'Only a paid order can be refunded.');
  const refundable = payment.amount - payment.refundedAmount;
  if (request.amount > refundable) {
    throw new DomainError('invalid_input', `At most ${refundable} can still be refunded.`, { amount: [`At most ${refundable}`] });
  }
  if (payment.provider === OFFLINE) return recordOfflineRefund(prisma, request, payment.providerRef, now);
  await payments.refund({ providerRef: payment.providerRef, amount: request.amount, idempotencyKey: request.idempotencyKey });
  const refundedTotal = (await payments.getPayment(payment.providerRef)).amountRefunded;
  await applyPaymentUpdate(prisma, {
    provider: payment.provider,
    providerRef: payment.providerRef,
    eventId: `refund-${request.idempotencyKey}`,
    eventType: 'manual.refund',
    occurredAt: now,
    amountRefunded: refundedTotal,
    returnId: request.returnId,
  });
}

/** One transaction: the receipt makes a retried key a no-op; the conditional add cannot over-refund. */
async function recordOfflineRefund(prisma: PrismaClient, request: RefundRequest, providerRef: string, now: Date): Promise<void> {
  await prisma.$transaction(async (tx) => {
    const receipt = await tx.$executeRaw`
      INSERT INTO "PaymentEventReceipt" (provider, "eventId", type) VALUES (${OFFLINE}, ${`refund-${request.idempotencyKey}`}, 'manual.refund')
      ON CONFLICT DO NOTHING`;
    if (receipt === 0) return;
    const added = await tx.$executeRaw`
      UPDATE "Payment" SET "refundedAmount" = "refundedAmount" + ${request.amount}, "updatedAt" = now()
      WHERE provider = ${OFFLINE} AND "providerRef" = ${providerRef} AND "refundedAmount" + ${request.amount} <= amount`;
    if (added === 0) throw new DomainError('conflict', 'That refund would exceed what was paid.');
    await tx.order.update({ where: { id: request.orderId }, data: { refundedAmount: { increment: request.amount } } });
    const { refundedAmount } = await tx.payment.findFirstOrThrow({ where: { provider: OFFLINE, providerRef }, select: { refundedAmount: true } });
    await issueCreditNote(tx, { orderId: request.orderId, amount: request.amount, refundedTotal: refundedAmount }, now);
    const returnId = request.returnId ? { returnId: request.returnId } : {};
    await publishOrderEvent(
      tx,
      { type: 'refunded', orderId: request.orderId, at: now.toISOString(), amount: request.amount, refundedTotal: refundedAmount, ...returnId },
      { type: 'refunded', data: { amount: request.amount } },
    );
  });
}
