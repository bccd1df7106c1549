// The orders context's writes of a Payment row outside a provider update: the payment a
// workflow started with the provider, and the amount a later capture settles on.
import type { PaymentState, Prisma, PrismaClient } from '@tandem/db';
import type { PaymentStatus } from '@tandem/payments';
import { applyPaymentUpdate } from './apply-payment-update.ts';
import { paymentStateOf } from './payment-state.ts';

type Db = PrismaClient | Prisma.TransactionClient;

export interface StartedPayment {
  orderId: string;
  provider: string;
  providerRef: string;
  /** What we asked the provider to collect; the provider's echo is not trusted over it. */
  amount: number;
  currency: string;
  clientSecret: string | null;
  /** What the provider answered when the payment was started. */
  status: PaymentStatus;
}

/**
 * Records a payment just started with the provider (a replay changes nothing), PENDING until
 * its first update; a provider that answered with another state (settled at once, authorised)
 * applies it as that update. Answers the state the payment was recorded in.
 */
export async function recordStartedPayment(prisma: PrismaClient, started: StartedPayment): Promise<PaymentState> {
  const { status, ...payment } = started;
  // INSERT … ON CONFLICT DO NOTHING: one statement where an upsert took a transaction of four.
  await prisma.payment.createMany({ data: [{ ...payment, state: 'PENDING', stateChangedAt: new Date(0) }], skipDuplicates: true });
  const state = paymentStateOf(status);
  if (state !== 'PENDING') await applyPaymentUpdate(prisma, { provider: payment.provider, providerRef: payment.providerRef, state, occurredAt: new Date() });
  return state;
}

/** Sets what a payment collects, e.g. a capture at a price lower than was authorised. */
export async function setPaymentAmount(db: Db, payment: { provider: string; providerRef: string }, amount: number): Promise<void> {
  await db.payment.updateMany({ where: { provider: payment.provider, providerRef: payment.providerRef }, data: { amount } });
}
