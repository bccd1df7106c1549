// The orders context's writes of a Payment row outside a provider update: the payment a
// workflow started with the provider, and the amount a later capture settles on.
import type { Prisma, PrismaClient } from '@tandem/db';

type Db = PrismaClient | Prisma.TransactionClient;

export interface StartedPayment {
  orderId: string;
  provider: string;
  providerRef: string;
  /** What we asked the provider to collect; the provider's echo is not trusted over it. */
  amount: number;
  currency: string;
  clientSecret: string | null;
}

/** Records a payment just started with the provider, PENDING until its first update; a replay changes nothing. */
export async function recordStartedPayment(db: Db, payment: StartedPayment): Promise<void> {
  await db.payment.upsert({
    where: { provider_providerRef: { provider: payment.provider, providerRef: payment.providerRef } },
    create: { ...payment, state: 'PENDING', stateChangedAt: new Date(0) },
    update: {},
  });
}

/** Sets what a payment collects, e.g. a capture at a price lower than was authorised. */
export async function setPaymentAmount(db: Db, payment: { provider: string; providerRef: string }, amount: number): Promise<void> {
  await db.payment.updateMany({ where: { provider: payment.provider, providerRef: payment.providerRef }, data: { amount } });
}
