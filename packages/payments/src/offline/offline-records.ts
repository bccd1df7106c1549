// Pure conversions between the offline provider's records and the port's types.
import { randomUUID } from 'node:crypto';
import { PaymentProviderError, type PaymentErrorCode } from '../errors.ts';
import type { CreatedPayment, PaymentSnapshot, PaymentStateEvent } from '../types.ts';
import type { OfflinePayment } from './offline-store.ts';

export const OFFLINE = 'offline';

export function offlineId(prefix: string): string {
  return `${prefix}_${randomUUID().replaceAll('-', '')}`;
}

export function offlineError(code: PaymentErrorCode, message: string): PaymentProviderError {
  return new PaymentProviderError(code, message, false, OFFLINE);
}

export function toCreated(payment: OfflinePayment): CreatedPayment {
  return {
    providerRef: payment.providerRef,
    status: payment.status,
    amount: payment.amount,
    currency: payment.currency,
    clientSecret: null,
    nextAction: payment.status === 'pending' ? 'await_admin' : 'none',
  };
}

export function toSnapshot(payment: OfflinePayment): PaymentSnapshot {
  return {
    providerRef: payment.providerRef,
    status: payment.status,
    amount: payment.amount,
    amountRefunded: payment.amountRefunded,
    currency: payment.currency,
    orderId: payment.orderId,
  };
}

/** The event an admin's "mark paid" produces, shaped like a verified provider event. */
export function paidEvent(payment: OfflinePayment, occurredAt: Date): PaymentStateEvent {
  return {
    id: offlineId('evt_off'),
    type: 'payment.succeeded',
    rawType: 'offline.marked_paid',
    provider: OFFLINE,
    occurredAt,
    providerRef: payment.providerRef,
    orderId: payment.orderId,
    currency: payment.currency,
    amount: payment.amount,
    amountRefunded: payment.amountRefunded,
    refund: null,
    failureReason: null,
  };
}
