/**
 * What went wrong with a provider call, independent of the provider:
 * - `invalid_request`: bad input (amount, currency, key) or parameters the provider rejected;
 * - `not_found`: no payment with that `providerRef`;
 * - `idempotency_conflict`: the idempotency key was used before with different parameters;
 * - `invalid_state`: the payment cannot do that now (refund a pending payment, cancel a paid one);
 * - `refund_exceeds_captured`: the refund would give back more than was captured;
 * - `declined`: the shopper's payment method was declined;
 * - `authentication`: the provider rejected our credentials (configuration problem);
 * - `rate_limited`, `unavailable`: try again later;
 * - `provider_error`: anything else the provider reported.
 */
export type PaymentErrorCode =
  | 'invalid_request'
  | 'not_found'
  | 'idempotency_conflict'
  | 'invalid_state'
  | 'refund_exceeds_captured'
  | 'declined'
  | 'authentication'
  | 'rate_limited'
  | 'unavailable'
  | 'provider_error';

/**
 * A failed provider call. `retryable` says whether the same call (same idempotency key) may
 * succeed later: a job queue retries those, everything else needs a person or new input.
 * The message is safe for logs: it never contains keys or client secrets.
 *
 * @example
 * try { await payments.refund(input) }
 * catch (e) { if (e instanceof PaymentProviderError && e.retryable) throw e; else markRefundFailed(e.message) }
 */
export class PaymentProviderError extends Error {
  constructor(
    readonly code: PaymentErrorCode,
    message: string,
    readonly retryable = false,
    readonly provider = 'unknown',
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'PaymentProviderError';
  }
}

/** Why a webhook was refused. */
export type WebhookFailureReason =
  | 'missing_signature'
  | 'invalid_signature'
  | 'stale'
  | 'malformed'
  | 'not_configured'
  | 'not_supported';

/**
 * A webhook request that must not be trusted: unsigned, signed with another secret, tampered,
 * older than the tolerance, or not parseable. Answer it with HTTP 400 and do nothing else.
 */
export class WebhookVerificationError extends Error {
  constructor(
    readonly reason: WebhookFailureReason,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'WebhookVerificationError';
  }
}
