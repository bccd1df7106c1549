import Stripe from 'stripe';
import { WebhookVerificationError } from '../errors.ts';
import type { WebhookHeaders } from '../types.ts';

/** The single `Stripe-Signature` value, whatever the header's case; undefined when absent. */
function signatureHeader(headers: WebhookHeaders): string | undefined {
  const key = Object.keys(headers).find((name) => name.toLowerCase() === 'stripe-signature');
  const value = key === undefined ? undefined : headers[key];
  if (Array.isArray(value)) {
    if (value.length > 1) throw new WebhookVerificationError('malformed', 'Stripe webhook with several Stripe-Signature headers');
    return value[0];
  }
  return value;
}

function isEvent(value: unknown): value is Stripe.Event {
  const event = value as Partial<Stripe.Event> | null;
  return typeof event?.id === 'string' && typeof event.type === 'string' && typeof event.created === 'number'
    && typeof event.data?.object === 'object';
}

/**
 * Verifies the `Stripe-Signature` of a raw webhook body with `stripe.webhooks.constructEvent`
 * and returns the event, or throws a `WebhookVerificationError` saying why it is refused.
 */
export function verifyStripeEvent(
  stripe: Stripe,
  rawBody: string | Buffer,
  headers: WebhookHeaders,
  secret: string,
  toleranceSeconds: number,
): Stripe.Event {
  const signature = signatureHeader(headers);
  if (!signature) throw new WebhookVerificationError('missing_signature', 'Stripe webhook without a Stripe-Signature header');
  let event: unknown;
  try {
    event = stripe.webhooks.constructEvent(rawBody, signature, secret, toleranceSeconds);
  } catch (error) {
    if (!(error instanceof Stripe.errors.StripeSignatureVerificationError)) {
      // constructEvent parses only after the signature matched: a signed body that is not a v1 event.
      throw new WebhookVerificationError('malformed', 'Stripe webhook body is signed but is not a Stripe event', { cause: error });
    }
    if (error.message.startsWith('Timestamp outside the tolerance zone')) {
      throw new WebhookVerificationError('stale', `Stripe webhook is older than the ${toleranceSeconds} s tolerance (replayed or delayed)`, { cause: error });
    }
    throw new WebhookVerificationError('invalid_signature', 'Stripe webhook signature does not match the body (tampered, or another webhook secret)', { cause: error });
  }
  if (!isEvent(event)) throw new WebhookVerificationError('malformed', 'Stripe webhook body is signed but is not a Stripe event');
  return event;
}
