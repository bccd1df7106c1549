// Settling one participant with the payment provider: capture the re-priced order, or cancel
// the authorisation. Each step is idempotent: the provider call carries the participant's own
// idempotency key, the stored payment update is de-duplicated by an event id derived from it,
// and the participant's status only moves from JOINED. A retried close job repeats nothing.
import type { PrismaClient } from '@tandem/db';
import { PaymentProviderError, type PaymentProvider } from '@tandem/payments';
import { applyPaymentUpdate, cancelOrder, setPaymentAmount } from '../orders/index.ts';

async function paymentOf(prisma: PrismaClient, orderId: string) {
  return prisma.payment.findFirst({ where: { orderId }, orderBy: { createdAt: 'desc' }, select: { provider: true, providerRef: true, state: true } });
}

/** Cancels a participant's authorisation (no-op when already released or never started). */
export async function releaseAuthorization(prisma: PrismaClient, payments: PaymentProvider, participantId: string): Promise<void> {
  const participant = await prisma.groupBuyParticipant.findUniqueOrThrow({ where: { id: participantId }, select: { orderId: true } });
  const payment = await paymentOf(prisma, participant.orderId);
  if (!payment || payment.state === 'CANCELED' || payment.state === 'FAILED' || payment.state === 'SUCCEEDED') return;
  const key = `group-buy-release-${participantId}`;
  await payments.cancelPayment(payment.providerRef, key);
  await applyPaymentUpdate(prisma, { provider: payment.provider, providerRef: payment.providerRef, state: 'CANCELED', eventId: key, eventType: 'group_buy.release', occurredAt: new Date() });
}

export type SettleOutcome = 'captured' | 'released' | 'failed';

/** Captures a participant's re-priced order total; a refusal that will not change releases them instead. */
export async function captureParticipant(prisma: PrismaClient, payments: PaymentProvider, participantId: string, now: Date): Promise<SettleOutcome> {
  const participant = await prisma.groupBuyParticipant.findUniqueOrThrow({ where: { id: participantId }, select: { orderId: true, status: true } });
  if (participant.status === 'CAPTURED') return 'captured';
  const order = await prisma.order.findUniqueOrThrow({ where: { id: participant.orderId }, select: { totalAmount: true } });
  const payment = await paymentOf(prisma, participant.orderId);
  if (!payment || (payment.state !== 'AUTHORIZED' && payment.state !== 'SUCCEEDED')) {
    return failParticipant(prisma, payments, participantId, 'The payment was never authorised.', now);
  }
  const key = `group-buy-capture-${participantId}`;
  try {
    if (payment.state === 'AUTHORIZED') await payments.capturePayment({ providerRef: payment.providerRef, amount: order.totalAmount, idempotencyKey: key });
  } catch (error) {
    if (error instanceof PaymentProviderError && !error.retryable) return failParticipant(prisma, payments, participantId, error.message, now);
    throw error;
  }
  await setPaymentAmount(prisma, payment, order.totalAmount);
  await applyPaymentUpdate(prisma, { provider: payment.provider, providerRef: payment.providerRef, state: 'SUCCEEDED', eventId: key, eventType: 'group_buy.capture', occurredAt: now });
  await prisma.groupBuyParticipant.updateMany({ where: { id: participantId, status: 'JOINED' }, data: { status: 'CAPTURED', capturedAmount: order.totalAmount, settledAt: now, lastError: null } });
  return 'captured';
}

/** Releases a participant of a deal that failed or was cancelled: nobody pays. */
export async function releaseParticipant(prisma: PrismaClient, payments: PaymentProvider, participantId: string, now: Date): Promise<SettleOutcome> {
  await releaseAuthorization(prisma, payments, participantId);
  const { orderId } = await prisma.groupBuyParticipant.findUniqueOrThrow({ where: { id: participantId }, select: { orderId: true } });
  await cancelOrder(prisma, orderId, 'The group buy did not go ahead; nothing was charged.', now);
  await prisma.groupBuyParticipant.updateMany({ where: { id: participantId, status: 'JOINED' }, data: { status: 'RELEASED', settledAt: now, lastError: null } });
  return 'released';
}

async function failParticipant(prisma: PrismaClient, payments: PaymentProvider, participantId: string, reason: string, now: Date): Promise<SettleOutcome> {
  await releaseAuthorization(prisma, payments, participantId).catch(() => undefined);
  const { orderId } = await prisma.groupBuyParticipant.findUniqueOrThrow({ where: { id: participantId }, select: { orderId: true } });
  await cancelOrder(prisma, orderId, `The group buy payment could not be taken: ${reason}`, now);
  await prisma.groupBuyParticipant.updateMany({ where: { id: participantId, status: 'JOINED' }, data: { status: 'FAILED', lastError: reason.slice(0, 500), settledAt: now } });
  return 'failed';
}
