// Verified Stripe events → neutral PaymentEvents. Only the types below change an order; every
// other type maps to `ignored`, so Stripe adding event types never breaks the webhook route.
import type Stripe from 'stripe';
import type { PaymentEvent, PaymentEventType, PaymentStateEvent } from '../types.ts';
import { idOf, toRefundResult } from './stripe-mapping.ts';

const INTENT_EVENTS: Record<string, PaymentEventType> = {
  'payment_intent.succeeded': 'payment.succeeded',
  'payment_intent.payment_failed': 'payment.failed',
  'payment_intent.canceled': 'payment.canceled',
  'payment_intent.processing': 'payment.processing',
  'payment_intent.requires_action': 'payment.requires_action',
  // A manual-capture intent the shopper confirmed: its money is held until captured.
  'payment_intent.amount_capturable_updated': 'payment.authorized',
};

const REFUND_EVENTS = new Set(['refund.created', 'refund.updated', 'refund.failed', 'charge.refund.updated']);

type EventBase = Pick<PaymentStateEvent, 'id' | 'occurredAt' | 'rawType' | 'provider'>;

function baseOf(event: Stripe.Event): EventBase {
  return { id: event.id, occurredAt: new Date(event.created * 1000), rawType: event.type, provider: 'stripe' };
}

function fromIntent(base: EventBase, type: PaymentEventType, intent: Stripe.PaymentIntent): PaymentStateEvent {
  return {
    ...base,
    type,
    providerRef: intent.id,
    orderId: intent.metadata?.orderId ?? null,
    currency: intent.currency.toUpperCase(),
    amount: intent.amount,
    amountRefunded: null,
    refund: null,
    failureReason: type === 'payment.failed' ? (intent.last_payment_error?.message ?? 'payment failed') : null,
    ...(type === 'payment.succeeded' ? { paymentFingerprint: cardFingerprintOf(intent) } : {}),
  };
}

function fromCharge(base: EventBase, charge: Stripe.Charge): PaymentEvent {
  const providerRef = idOf(charge.payment_intent);
  if (!providerRef) return { ...base, type: 'ignored' };
  return {
    ...base,
    type: 'payment.refunded',
    providerRef,
    orderId: charge.metadata?.orderId ?? null,
    currency: charge.currency.toUpperCase(),
    amount: charge.amount,
    amountRefunded: charge.amount_refunded,
    refund: null,
    failureReason: null,
  };
}

function fromRefund(base: EventBase, refund: Stripe.Refund): PaymentEvent {
  const providerRef = idOf(refund.payment_intent);
  if (!providerRef) return { ...base, type: 'ignored' };
  const result = toRefundResult(refund);
  return {
    ...base,
    type: `refund.${result.status}`,
    providerRef,
    orderId: refund.metadata?.orderId ?? null,
    currency: refund.currency.toUpperCase(),
    amount: null,
    amountRefunded: null,
    refund: result,
    failureReason: result.status === 'failed' ? (refund.failure_reason ?? 'refund failed') : null,
  };
}

/** The card fingerprint of the intent's charge, when the charge is expanded and paid by card. */
export function cardFingerprintOf(intent: Stripe.PaymentIntent): string | null {
  const charge = intent.latest_charge;
  if (!charge || typeof charge !== 'object') return null;
  return charge.payment_method_details?.card?.fingerprint ?? null;
}

/** Maps a Stripe event whose signature has been verified. */
export function toPaymentEvent(event: Stripe.Event): PaymentEvent {
  const base = baseOf(event);
  const intentType = INTENT_EVENTS[event.type];
  if (intentType) return fromIntent(base, intentType, event.data.object as Stripe.PaymentIntent);
  if (event.type === 'charge.refunded') return fromCharge(base, event.data.object);
  if (REFUND_EVENTS.has(event.type)) return fromRefund(base, event.data.object as Stripe.Refund);
  return { ...base, type: 'ignored' };
}
