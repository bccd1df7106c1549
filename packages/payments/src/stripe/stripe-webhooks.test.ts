// Webhook verification and mapping need no Stripe server: payloads are signed here with the
// SDK's own test helper, exactly as Stripe signs them.
import Stripe from 'stripe';
import { describe, expect, it } from 'vitest';
import { WebhookVerificationError } from '../errors.ts';
import { StripePaymentProvider } from './stripe-provider.ts';

const secret = 'whsec_tandem_test';
const now = () => Math.floor(Date.now() / 1000);
// Never contacted: parseWebhook works offline.
const provider = new StripePaymentProvider({ secretKey: 'sk_test_123', webhookSecret: secret, host: '127.0.0.1', port: 9, protocol: 'http' });

function stripeEvent(type: string, object: Record<string, unknown>, created = now()) {
  return JSON.stringify({ id: `evt_${type.replaceAll('.', '_')}`, object: 'event', api_version: '2026-10-28.endive', created, livemode: false, type, data: { object } });
}

function signed(payload: string, options: { timestamp?: number; signWith?: string } = {}) {
  const header = Stripe.webhooks.generateTestHeaderString({ payload, secret: options.signWith ?? secret, timestamp: options.timestamp });
  return { 'stripe-signature': header, 'content-type': 'application/json' };
}

const intent = (status: string, extra: Record<string, unknown> = {}) => ({
  id: 'pi_123', object: 'payment_intent', amount: 4990, currency: 'eur', status, metadata: { orderId: 'ord_7' }, latest_charge: 'ch_1', ...extra,
});

async function refusal(body: string | Buffer, headers: Record<string, string | string[] | undefined>) {
  const error = await provider.parseWebhook(body, headers).then(() => null, (caught: unknown) => caught);
  expect(error).toBeInstanceOf(WebhookVerificationError);
  return (error as WebhookVerificationError).reason;
}

describe('StripePaymentProvider.parseWebhook', () => {
  it('maps a signed payment_intent.succeeded to payment.succeeded with amounts, order and event time', async () => {
    const created = now() - 30;
    const body = stripeEvent('payment_intent.succeeded', intent('succeeded'), created);
    expect(await provider.parseWebhook(body, signed(body))).toEqual({
      id: 'evt_payment_intent_succeeded', type: 'payment.succeeded', rawType: 'payment_intent.succeeded', provider: 'stripe',
      occurredAt: new Date(created * 1000), providerRef: 'pi_123', orderId: 'ord_7', currency: 'EUR',
      amount: 4990, amountRefunded: null, refund: null, failureReason: null,
      // The charge is only an id here and the API is unreachable: no fingerprint, and no failure.
      paymentFingerprint: null,
    });
  });

  it.each([
    ['payment_intent.payment_failed', 'payment.failed'],
    ['payment_intent.canceled', 'payment.canceled'],
    ['payment_intent.processing', 'payment.processing'],
    ['payment_intent.requires_action', 'payment.requires_action'],
  ])('maps %s to %s', async (rawType, type) => {
    const body = stripeEvent(rawType, intent('requires_payment_method', { last_payment_error: { message: 'Your card was declined.' } }));
    const event = await provider.parseWebhook(Buffer.from(body), signed(body));
    expect(event).toMatchObject({ type, rawType, providerRef: 'pi_123' });
    expect(event.type !== 'ignored' && event.failureReason).toBe(type === 'payment.failed' ? 'Your card was declined.' : null);
  });

  it('maps charge.refunded to payment.refunded with the cumulative refunded amount', async () => {
    const charge = { id: 'ch_1', object: 'charge', amount: 4990, amount_refunded: 1500, currency: 'eur', payment_intent: 'pi_123', metadata: {} };
    const body = stripeEvent('charge.refunded', charge);
    expect(await provider.parseWebhook(body, signed(body))).toMatchObject({
      type: 'payment.refunded', providerRef: 'pi_123', amount: 4990, amountRefunded: 1500, currency: 'EUR', orderId: null, refund: null,
    });
  });

  it.each([
    ['refund.updated', 'succeeded', 'refund.succeeded'],
    ['refund.created', 'pending', 'refund.pending'],
    ['refund.failed', 'failed', 'refund.failed'],
    ['charge.refund.updated', 'canceled', 'refund.canceled'],
  ])('maps %s with a %s refund to %s', async (rawType, status, type) => {
    const refund = { id: 're_9', object: 'refund', amount: 700, currency: 'eur', status, payment_intent: 'pi_123', failure_reason: status === 'failed' ? 'expired_or_canceled_card' : null };
    const body = stripeEvent(rawType, refund);
    expect(await provider.parseWebhook(body, signed(body))).toMatchObject({
      type, providerRef: 'pi_123', amount: null, amountRefunded: null, refund: { refundRef: 're_9', amount: 700, status },
      failureReason: status === 'failed' ? 'expired_or_canceled_card' : null,
    });
  });

  it('acknowledges event types Tandem does not act on as ignored instead of failing', async () => {
    for (const rawType of ['customer.created', 'payment_intent.created', 'some.future.event']) {
      const body = stripeEvent(rawType, { id: 'x_1', object: 'thing' });
      expect(await provider.parseWebhook(body, signed(body))).toMatchObject({ type: 'ignored', rawType, id: `evt_${rawType.replaceAll('.', '_')}` });
    }
  });

  it('refuses a tampered body', async () => {
    const body = stripeEvent('payment_intent.succeeded', intent('succeeded'));
    const headers = signed(body);
    expect(await refusal(body.replace('4990', '1'), headers)).toBe('invalid_signature');
  });

  it('refuses a body signed with another secret', async () => {
    const body = stripeEvent('payment_intent.succeeded', intent('succeeded'));
    expect(await refusal(body, signed(body, { signWith: 'whsec_someone_else' }))).toBe('invalid_signature');
  });

  it('refuses a request without a signature', async () => {
    const body = stripeEvent('payment_intent.succeeded', intent('succeeded'));
    expect(await refusal(body, { 'content-type': 'application/json' })).toBe('missing_signature');
    expect(await refusal(body, { 'stripe-signature': '' })).toBe('missing_signature');
  });

  it('refuses a correctly signed event older than the tolerance, and accepts one just inside it', async () => {
    const body = stripeEvent('payment_intent.succeeded', intent('succeeded'));
    expect(await refusal(body, signed(body, { timestamp: now() - 301 }))).toBe('stale');
    expect((await provider.parseWebhook(body, signed(body, { timestamp: now() - 240 }))).type).toBe('payment.succeeded');
  });

  it('honours a custom tolerance', async () => {
    const strict = new StripePaymentProvider({ secretKey: 'sk_test_123', webhookSecret: secret, webhookToleranceSeconds: 60, port: 9 });
    const body = stripeEvent('payment_intent.succeeded', intent('succeeded'));
    expect(await strict.parseWebhook(body, signed(body, { timestamp: now() - 120 })).catch((e: WebhookVerificationError) => e.reason)).toBe('stale');
  });

  it('finds the signature header whatever its case, and refuses several of them', async () => {
    const body = stripeEvent('payment_intent.succeeded', intent('succeeded'));
    const header = signed(body)['stripe-signature'];
    expect((await provider.parseWebhook(body, { 'Stripe-Signature': header })).type).toBe('payment.succeeded');
    expect(await refusal(body, { 'stripe-signature': [header, header] })).toBe('malformed');
  });

  it('refuses a signed body that is not a Stripe event', async () => {
    expect(await refusal('not json', signed('not json'))).toBe('malformed');
    const notAnEvent = JSON.stringify({ hello: 'world' });
    expect(await refusal(notAnEvent, signed(notAnEvent))).toBe('malformed');
  });

  it('refuses every webhook when no webhook secret is configured', async () => {
    const unconfigured = new StripePaymentProvider({ secretKey: 'sk_test_123', port: 9 });
    const body = stripeEvent('payment_intent.succeeded', intent('succeeded'));
    expect(await unconfigured.parseWebhook(body, signed(body)).catch((e: WebhookVerificationError) => e.reason)).toBe('not_configured');
  });

  it('rejects a tolerance of 0, which would disable the replay check', () => {
    expect(() => new StripePaymentProvider({ secretKey: 'sk_test_123', webhookToleranceSeconds: 0 })).toThrow(RangeError);
  });
});
