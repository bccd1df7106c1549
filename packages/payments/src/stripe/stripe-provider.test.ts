// The Stripe adapter against a real stripe-mock (Stripe's OpenAPI-validating mock server),
// started here through scripts/stripe-mock.sh. If stripe-mock cannot be installed (no Go
// module proxy), every test below fails with the script's explanation: never a silent skip.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runPaymentProviderContract } from '../contract/payment-provider.contract.ts';
import { PaymentProviderError } from '../errors.ts';
import { StripePaymentProvider, type StripePaymentProviderOptions } from './stripe-provider.ts';
import { startRecordingProxy, type RecordingProxy } from './testing/recording-proxy.ts';
import { freePort, startStripeMock, type StripeMock } from './testing/stripe-mock-server.ts';

let mock: StripeMock | undefined;
let proxy: RecordingProxy | undefined;
let startError: unknown;

function providerOn(port: number, overrides: Partial<StripePaymentProviderOptions> = {}): StripePaymentProvider {
  return new StripePaymentProvider({
    secretKey: 'sk_test_123',
    webhookSecret: 'whsec_test',
    host: '127.0.0.1',
    port,
    protocol: 'http',
    maxNetworkRetries: 0,
    ...overrides,
  });
}

function viaProxy(overrides: Partial<StripePaymentProviderOptions> = {}): StripePaymentProvider {
  if (startError) throw startError;
  if (!proxy) throw new Error('stripe-mock is not running');
  return providerOn(proxy.port, overrides);
}

function lastRequest() {
  const request = proxy?.requests.at(-1);
  if (!request) throw new Error('no request reached stripe-mock');
  return request;
}

describe('StripePaymentProvider against stripe-mock', () => {
  beforeAll(async () => {
    try {
      mock = await startStripeMock();
      proxy = await startRecordingProxy(mock.port);
    } catch (error) {
      startError = error; // every test below fails with it, rather than being skipped
    }
  }, 300_000);

  afterAll(async () => {
    await proxy?.close();
    await mock?.stop();
  });

  runPaymentProviderContract('stripe (stripe-mock)', () => viaProxy(), {
    stateful: false,
    settle: async () => {}, // stripe-mock's intents are whatever its fixtures say
    receivedIdempotencyKeys: () => proxy?.requests.map((request) => request.headers['idempotency-key'] as string | undefined) ?? [],
  });

  it('creates a PaymentIntent with automatic payment methods, the order id in metadata and the pinned API version', async () => {
    const payment = await viaProxy().createPayment({
      orderId: 'ord_42', amount: 1234, currency: 'EUR', idempotencyKey: 'ord_42:pay', customerEmail: 'ada@example.com', metadata: { cart: 'c_1' },
    });
    const request = lastRequest();
    expect(request).toMatchObject({ method: 'POST', path: '/v1/payment_intents' });
    expect(request.headers['idempotency-key']).toBe('ord_42:pay');
    expect(request.headers['stripe-version']).toBe('2026-10-28.endive');
    expect(Object.fromEntries(request.form)).toMatchObject({
      amount: '1234', currency: 'eur', 'automatic_payment_methods[enabled]': 'true',
      'metadata[orderId]': 'ord_42', 'metadata[cart]': 'c_1', 'metadata[customerEmail]': 'ada@example.com',
    });
    // stripe-mock answers requires_payment_method: the shopper confirms with Stripe.js.
    expect(payment).toMatchObject({ status: 'pending', nextAction: 'confirm_in_browser', amount: 1234, currency: 'EUR' });
    expect(payment.clientSecret).toMatch(/_secret_/);
  });

  it('refunds part of a payment by PaymentIntent, with the amount, reason and idempotency key', async () => {
    const refund = await viaProxy().refund({ providerRef: 'pi_123', amount: 250, idempotencyKey: 'refund-1', reason: 'duplicate' });
    const request = lastRequest();
    expect(request).toMatchObject({ method: 'POST', path: '/v1/refunds' });
    expect(request.headers['idempotency-key']).toBe('refund-1');
    expect(Object.fromEntries(request.form)).toMatchObject({ payment_intent: 'pi_123', amount: '250', reason: 'duplicate' });
    expect(refund).toMatchObject({ amount: 250, status: 'succeeded' });
    expect(refund.refundRef).toMatch(/^re_/);
  });

  it('cancels through paymentIntents.cancel with the idempotency key', async () => {
    await viaProxy().cancelPayment('pi_abc', 'cancel-1');
    expect(lastRequest()).toMatchObject({ method: 'POST', path: '/v1/payment_intents/pi_abc/cancel' });
    expect(lastRequest().headers['idempotency-key']).toBe('cancel-1');
  });

  it('authorizes through a PaymentIntent with capture_method manual', async () => {
    const payment = await viaProxy().authorizePayment({ orderId: 'ord_gb', amount: 5000, currency: 'EUR', idempotencyKey: 'gb-join-1' });
    const request = lastRequest();
    expect(request).toMatchObject({ method: 'POST', path: '/v1/payment_intents' });
    expect(request.headers['idempotency-key']).toBe('gb-join-1');
    expect(Object.fromEntries(request.form)).toMatchObject({ amount: '5000', currency: 'eur', capture_method: 'manual', 'metadata[orderId]': 'ord_gb' });
    expect(payment).toMatchObject({ nextAction: 'confirm_in_browser', amount: 5000 });
  });

  it('captures with amount_to_capture and the idempotency key', async () => {
    const snapshot = await viaProxy().capturePayment({ providerRef: 'pi_gb', amount: 4200, idempotencyKey: 'gb-capture-p1' });
    const request = lastRequest();
    expect(request).toMatchObject({ method: 'POST', path: '/v1/payment_intents/pi_gb/capture' });
    expect(request.headers['idempotency-key']).toBe('gb-capture-p1');
    expect(Object.fromEntries(request.form)).toMatchObject({ amount_to_capture: '4200' });
    expect(snapshot.providerRef).toBe('pi_gb');
  });

  it('maps rate limits and Stripe-side failures to retryable errors', async () => {
    proxy?.failNext(429, { type: 'invalid_request_error', code: 'rate_limit', message: 'Too many requests' });
    const limited = await viaProxy().getPayment('pi_1').catch((e: unknown) => e);
    expect(limited).toBeInstanceOf(PaymentProviderError);
    expect(limited).toMatchObject({ code: 'rate_limited', retryable: true, provider: 'stripe' });

    proxy?.failNext(500, { type: 'api_error', message: 'Something went wrong on Stripe' });
    const outage = await viaProxy().getPayment('pi_1').catch((e: unknown) => e);
    expect(outage).toMatchObject({ code: 'provider_error', retryable: true });
    expect((outage as Error).message).toMatch(/^Stripe get payment failed: Something went wrong on Stripe/);
  });

  it('maps declines, conflicts and missing payments to errors that are not retried', async () => {
    const cases = [
      { status: 402, error: { type: 'card_error', code: 'card_declined', message: 'Your card was declined.' }, code: 'declined' },
      { status: 400, error: { type: 'idempotency_error', message: 'Keys for idempotent requests can only be used with the same parameters' }, code: 'idempotency_conflict' },
      { status: 404, error: { type: 'invalid_request_error', code: 'resource_missing', message: 'No such payment_intent' }, code: 'not_found' },
      { status: 400, error: { type: 'invalid_request_error', code: 'charge_already_refunded', message: 'Charge has already been refunded.' }, code: 'refund_exceeds_captured' },
    ] as const;
    for (const { status, error, code } of cases) {
      proxy?.failNext(status, error);
      await expect(viaProxy().getPayment('pi_1')).rejects.toMatchObject({ code, retryable: false });
    }
  });

  it('maps a key stripe-mock rejects to a non-retryable authentication error', async () => {
    const error = await viaProxy({ secretKey: 'sk_live_not_test' }).getPayment('pi_1').catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'authentication', retryable: false });
  });

  it('reads amount refunded from the expanded latest charge', async () => {
    const snapshot = await viaProxy().getPayment('pi_abc');
    expect(decodeURIComponent(lastRequest().path)).toMatch(/^\/v1\/payment_intents\/pi_abc\?expand\[\d*\]=latest_charge$/);
    expect(snapshot).toMatchObject({ providerRef: 'pi_abc', amountRefunded: 0 });
  });
});

describe('StripePaymentProvider without a reachable Stripe', () => {
  it('reports a connection failure as retryable "unavailable"', async () => {
    const error = await providerOn(await freePort()).createPayment({ orderId: 'o', amount: 100, currency: 'EUR', idempotencyKey: 'k' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PaymentProviderError);
    expect(error).toMatchObject({ code: 'unavailable', retryable: true });
  });
});
