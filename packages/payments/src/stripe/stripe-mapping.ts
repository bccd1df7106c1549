// Pure mappings from Stripe objects to the port's neutral types.
import type Stripe from 'stripe';
import type { NextAction, PaymentSnapshot, PaymentStatus, RefundResult, RefundStatus } from '../types.ts';

/** Stripe PaymentIntent status → neutral status (`requires_capture`: a manual-capture intent holding the money). */
export function toPaymentStatus(status: Stripe.PaymentIntent.Status): PaymentStatus {
  switch (status) {
    case 'succeeded':
      return 'succeeded';
    case 'canceled':
      return 'canceled';
    case 'processing':
      return 'processing';
    case 'requires_capture':
      return 'authorized';
    case 'requires_action':
      return 'requires_action';
    default:
      // requires_payment_method / requires_confirmation, also after a declined attempt: the
      // shopper may still pay; the failure itself arrives as a `payment.failed` event.
      return 'pending';
  }
}

export function toNextAction(status: PaymentStatus): NextAction {
  return status === 'pending' || status === 'requires_action' ? 'confirm_in_browser' : 'none';
}

export function toRefundStatus(status: string | null): RefundStatus {
  switch (status) {
    case 'succeeded':
      return 'succeeded';
    case 'failed':
      return 'failed';
    case 'canceled':
      return 'canceled';
    default:
      return 'pending';
  }
}

export function toRefundResult(refund: Stripe.Refund): RefundResult {
  return { refundRef: refund.id, status: toRefundStatus(refund.status), amount: refund.amount };
}

/** The id of an expandable field, whether Stripe returned the id or the expanded object. */
export function idOf(field: string | { id: string } | null | undefined): string | null {
  if (field == null) return null;
  return typeof field === 'string' ? field : field.id;
}

/** Refunded amount from an intent retrieved with `expand: ['latest_charge']` (0 when no charge). */
function amountRefundedOf(intent: Stripe.PaymentIntent): number {
  const charge = intent.latest_charge;
  return charge && typeof charge === 'object' ? charge.amount_refunded : 0;
}

export function toSnapshot(intent: Stripe.PaymentIntent): PaymentSnapshot {
  return {
    providerRef: intent.id,
    status: toPaymentStatus(intent.status),
    // After a (partial) capture the payment is for what was received, not what was authorised.
    amount: intent.status === 'succeeded' && intent.amount_received > 0 ? intent.amount_received : intent.amount,
    amountRefunded: amountRefundedOf(intent),
    currency: intent.currency.toUpperCase(),
    orderId: intent.metadata?.orderId ?? null,
  };
}
