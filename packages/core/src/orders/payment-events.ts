import type { PaymentState } from '@tandem/db';
import type { PaymentEvent, PaymentEventType } from '@tandem/payments';
import type { PaymentUpdate } from './apply-payment-update.ts';

const STATE_OF: Partial<Record<PaymentEventType, PaymentState>> = {
  'payment.succeeded': 'SUCCEEDED',
  'payment.failed': 'FAILED',
  'payment.canceled': 'CANCELED',
  'payment.processing': 'PROCESSING',
  'payment.authorized': 'AUTHORIZED',
  'payment.requires_action': 'REQUIRES_ACTION',
};

/**
 * What a verified provider event means for the stored payment, or null for events Tandem does
 * not act on (they are acknowledged and dropped).
 */
export function paymentUpdateOf(event: PaymentEvent): PaymentUpdate | null {
  if (event.type === 'ignored') return null;
  const state = STATE_OF[event.type];
  const refundMoved = event.type === 'payment.refunded' || event.type.startsWith('refund.');
  if (!state && !(refundMoved && event.amountRefunded !== null)) return null;
  return {
    provider: event.provider,
    providerRef: event.providerRef,
    state,
    eventId: event.id,
    eventType: event.rawType,
    occurredAt: event.occurredAt,
    amountRefunded: event.amountRefunded ?? undefined,
    paymentFingerprint: event.paymentFingerprint ?? undefined,
  };
}
