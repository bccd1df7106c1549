import Stripe from 'stripe';
import { PaymentProviderError, type PaymentErrorCode } from '../errors.ts';

const STRIPE = 'stripe';

function classify(error: InstanceType<typeof Stripe.errors.StripeError>): { code: PaymentErrorCode; retryable: boolean } {
  const { errors } = Stripe;
  if (error instanceof errors.StripeRateLimitError) return { code: 'rate_limited', retryable: true };
  if (error instanceof errors.StripeConnectionError) return { code: 'unavailable', retryable: true };
  if (error instanceof errors.StripeIdempotencyError) return { code: 'idempotency_conflict', retryable: false };
  if (error instanceof errors.StripeCardError) return { code: 'declined', retryable: false };
  if (error instanceof errors.StripeAuthenticationError || error instanceof errors.StripePermissionError) {
    return { code: 'authentication', retryable: false };
  }
  if (error instanceof errors.StripeInvalidRequestError) {
    if (error.statusCode === 404 || error.code === 'resource_missing') return { code: 'not_found', retryable: false };
    if (error.code === 'payment_intent_unexpected_state') return { code: 'invalid_state', retryable: false };
    if (error.code === 'charge_already_refunded') return { code: 'refund_exceeds_captured', retryable: false };
    return { code: 'invalid_request', retryable: false };
  }
  // StripeAPIError: Stripe's side failed (5xx, 409 lock timeouts); the same idempotent call may pass.
  if (error instanceof errors.StripeAPIError) return { code: 'provider_error', retryable: true };
  return { code: 'provider_error', retryable: false };
}

/**
 * Maps anything the Stripe SDK throws to a `PaymentProviderError` whose message names the
 * operation, Stripe's message, code and request id (for Stripe's dashboard logs), never a key.
 */
export function toPaymentProviderError(operation: string, error: unknown): PaymentProviderError {
  if (error instanceof PaymentProviderError) return error;
  if (error instanceof Stripe.errors.StripeError) {
    const { code, retryable } = classify(error);
    const details = [error.code && `code ${error.code}`, error.requestId && `request ${error.requestId}`].filter(Boolean);
    const suffix = details.length > 0 ? ` (${details.join(', ')})` : '';
    return new PaymentProviderError(code, `Stripe ${operation} failed: ${error.message}${suffix}`, retryable, STRIPE, { cause: error });
  }
  const message = error instanceof Error ? error.message : String(error);
  return new PaymentProviderError('provider_error', `Stripe ${operation} failed: ${message}`, false, STRIPE, { cause: error });
}
