// How a payment provider's status (answered when a payment is started or fetched) is stored.
import type { PaymentState } from '@tandem/db';
import type { PaymentStatus } from '@tandem/payments';

const STATES: Record<PaymentStatus, PaymentState> = {
  pending: 'PENDING',
  requires_action: 'REQUIRES_ACTION',
  processing: 'PROCESSING',
  authorized: 'AUTHORIZED',
  succeeded: 'SUCCEEDED',
  failed: 'FAILED',
  canceled: 'CANCELED',
};

/** The stored payment state of a provider status. */
export function paymentStateOf(status: PaymentStatus): PaymentState {
  return STATES[status];
}
