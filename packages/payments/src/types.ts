// Provider-neutral data of the payments port. Money is always an integer amount in minor units
// (cents) plus an upper-case ISO 4217 currency code, as everywhere in Tandem.

/** Every status a payment can be in, whatever the provider. */
export const PAYMENT_STATUSES = ['pending', 'requires_action', 'processing', 'authorized', 'succeeded', 'failed', 'canceled'] as const;

/**
 * Where a payment stands:
 * - `pending`: created, waiting for the shopper (Stripe) or for an admin (offline) to pay;
 * - `requires_action`: the shopper must complete an extra step (3-D Secure, bank redirect);
 * - `processing`: paid by the shopper, the money is not confirmed yet (bank debits);
 * - `authorized`: a manual-capture payment the shopper approved: the money is held, not taken;
 *   capture it (up to the authorised amount) or cancel the authorisation;
 * - `succeeded`: the money is captured; refunds are possible from here;
 * - `failed`: the provider gave up on the payment;
 * - `canceled`: canceled before any money moved.
 */
export type PaymentStatus = (typeof PAYMENT_STATUSES)[number];

/** What the caller must do after creating a payment. */
export const NEXT_ACTIONS = ['none', 'confirm_in_browser', 'await_admin'] as const;

/**
 * - `none`: nothing; the status is final for now (e.g. offline demo mode: already paid);
 * - `confirm_in_browser`: hand `clientSecret` to the provider's browser SDK (Stripe.js);
 * - `await_admin`: an admin confirms the payment by hand (offline provider, `markPaid`).
 */
export type NextAction = (typeof NEXT_ACTIONS)[number];

export const REFUND_STATUSES = ['pending', 'succeeded', 'failed', 'canceled'] as const;

/** Where a refund stands. Stripe may report `pending` first and settle by webhook. */
export type RefundStatus = (typeof REFUND_STATUSES)[number];

/** Why money is given back; the reasons Stripe understands, which offline stores as given. */
export type RefundReason = 'duplicate' | 'fraudulent' | 'requested_by_customer';

export interface CreatePaymentInput {
  /** Tandem's order id; stored with the payment (Stripe: `metadata.orderId`). */
  orderId: string;
  /** Positive integer, minor units. */
  amount: number;
  /** ISO 4217 code, e.g. `EUR` (any case; results are upper case). */
  currency: string;
  /** Same key → same payment; reuse it when retrying the same order's payment. */
  idempotencyKey: string;
  customerEmail?: string;
  /** Extra string key/values kept with the payment (Stripe: metadata, at most 50 keys). */
  metadata?: Record<string, string>;
}

export interface CreatedPayment {
  /** The provider's id of the payment (Stripe: PaymentIntent id); store it on the order. */
  providerRef: string;
  status: PaymentStatus;
  amount: number;
  currency: string;
  /** Secret for the browser SDK when `nextAction` is `confirm_in_browser`; never log it. */
  clientSecret: string | null;
  nextAction: NextAction;
}

/** A payment as the provider sees it now. */
export interface PaymentSnapshot {
  providerRef: string;
  status: PaymentStatus;
  /** What the payment is for: the authorised amount until a capture, then the captured amount. */
  amount: number;
  /** Sum of the refunds that have not failed, minor units; equals `amount` when fully refunded. */
  amountRefunded: number;
  currency: string;
  /** The order id stored with the payment, when the provider returns it. */
  orderId: string | null;
}

/** Takes held money of an `authorized` payment. */
export interface CaptureInput {
  providerRef: string;
  /** Positive integer, minor units, at most the authorised amount; the rest is released. */
  amount: number;
  /** Same key → the same capture; retrying a capture that went through changes nothing. */
  idempotencyKey: string;
}

export interface RefundInput {
  providerRef: string;
  /** Positive integer, minor units; the full amount for a full refund. */
  amount: number;
  /** Same key → same refund; a different amount with the same key is an error. */
  idempotencyKey: string;
  reason?: RefundReason;
}

export interface RefundResult {
  refundRef: string;
  status: RefundStatus;
  amount: number;
}

/** Event types a provider event is mapped to; `ignored` is any event Tandem does not act on. */
export type PaymentEventType =
  | 'payment.succeeded'
  | 'payment.failed'
  | 'payment.canceled'
  | 'payment.processing'
  | 'payment.requires_action'
  /** A manual-capture payment was approved: its money is held (Stripe `payment_intent.amount_capturable_updated`). */
  | 'payment.authorized'
  /** The payment's cumulative refunded amount changed (Stripe `charge.refunded`). */
  | 'payment.refunded'
  /** One refund changed state (Stripe `refund.*`, `charge.refund.updated`). */
  | 'refund.pending'
  | 'refund.succeeded'
  | 'refund.failed'
  | 'refund.canceled';

interface PaymentEventBase {
  /** The provider's event id: de-duplicate on it (providers deliver at least once). */
  id: string;
  /** When the provider created the event; apply events in this order, not arrival order. */
  occurredAt: Date;
  /** The provider's own event type, for logs (e.g. `payment_intent.succeeded`). */
  rawType: string;
  provider: string;
}

/** A verified event Tandem acts on. Fields a given event does not carry are `null`. */
export interface PaymentStateEvent extends PaymentEventBase {
  type: PaymentEventType;
  providerRef: string;
  orderId: string | null;
  currency: string;
  /** The payment's total amount, minor units, when the event carries it. */
  amount: number | null;
  /** Cumulative refunded amount of the payment, when the event carries it. */
  amountRefunded: number | null;
  /** The single refund a `refund.*` event is about. */
  refund: RefundResult | null;
  /** The provider's explanation of a failure, fit for logs and the admin. */
  failureReason: string | null;
  /**
   * A stable fingerprint of the means of payment (Stripe: the card's `fingerprint`), on
   * `payment.succeeded` when the provider offers one; the same card gives the same value. Absent
   * or null otherwise (offline payments have none). Used to recognise repeat self-purchases.
   */
  paymentFingerprint?: string | null;
}

/** A verified event of a type Tandem does not act on; acknowledge it and move on. */
export interface IgnoredPaymentEvent extends PaymentEventBase {
  type: 'ignored';
}

/** A verified, provider-neutral payment event. Narrow on `type` before reading the payment fields. */
export type PaymentEvent = PaymentStateEvent | IgnoredPaymentEvent;

/** Request headers as Node's `IncomingMessage.headers` (or any record of them) gives them. */
export type WebhookHeaders = Record<string, string | string[] | undefined>;
