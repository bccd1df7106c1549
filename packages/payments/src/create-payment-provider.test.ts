import { describe, expect, it } from 'vitest';
import { createPaymentProvider, createPaymentProviders } from './create-payment-provider.ts';
import { OfflinePaymentProvider } from './offline/offline-provider.ts';
import { supportsManualSettlement } from './port.ts';
import { StripePaymentProvider } from './stripe/stripe-provider.ts';

const order = { orderId: 'ord_1', amount: 100, currency: 'EUR', idempotencyKey: 'k1' };

describe('createPaymentProvider', () => {
  it('picks the offline provider, waiting for an admin, when no Stripe key is set', async () => {
    const provider = createPaymentProvider({});
    expect(provider).toBeInstanceOf(OfflinePaymentProvider);
    expect(supportsManualSettlement(provider)).toBe(true);
    expect((await provider.createPayment(order)).nextAction).toBe('await_admin');
  });

  it('treats empty values as unset, as .env files write them', () => {
    expect(createPaymentProvider({ STRIPE_SECRET_KEY: '', STRIPE_WEBHOOK_SECRET: '' })).toBeInstanceOf(OfflinePaymentProvider);
  });

  it('pays at once with PAYMENTS_OFFLINE_AUTOCONFIRM=true', async () => {
    const provider = createPaymentProvider({ PAYMENTS_OFFLINE_AUTOCONFIRM: 'true' });
    expect((await provider.createPayment(order)).status).toBe('succeeded');
    expect((await createPaymentProvider({ PAYMENTS_OFFLINE_AUTOCONFIRM: 'false' }).createPayment(order)).status).toBe('pending');
  });

  it('refuses an autoconfirm value that is not true or false', () => {
    expect(() => createPaymentProvider({ PAYMENTS_OFFLINE_AUTOCONFIRM: 'yes' })).toThrow(/PAYMENTS_OFFLINE_AUTOCONFIRM/);
  });

  it('picks Stripe when STRIPE_SECRET_KEY is set', () => {
    const provider = createPaymentProvider({ STRIPE_SECRET_KEY: 'sk_test_123', STRIPE_WEBHOOK_SECRET: 'whsec_1' });
    expect(provider).toBeInstanceOf(StripePaymentProvider);
    expect(provider.name).toBe('stripe');
    expect(supportsManualSettlement(provider)).toBe(false);
  });

  it('requires the webhook secret with Stripe, and says so', () => {
    expect(() => createPaymentProvider({ STRIPE_SECRET_KEY: 'sk_test_123' })).toThrow(/STRIPE_WEBHOOK_SECRET is required/);
  });

  it('lists every invalid variable at once', () => {
    const env = { STRIPE_SECRET_KEY: 'pk_test_1', STRIPE_WEBHOOK_SECRET: 'whsec_1', STRIPE_API_PORT: 'eighty', STRIPE_API_PROTOCOL: 'ftp' };
    expect(() => createPaymentProvider(env)).toThrow(/STRIPE_SECRET_KEY.*STRIPE_API_PORT.*STRIPE_API_PROTOCOL/);
  });

  it('points Stripe at stripe-mock with STRIPE_API_HOST/PORT/PROTOCOL', async () => {
    const provider = createPaymentProvider({
      STRIPE_SECRET_KEY: 'sk_test_123', STRIPE_WEBHOOK_SECRET: 'whsec_1',
      STRIPE_API_HOST: '127.0.0.1', STRIPE_API_PORT: '9', STRIPE_API_PROTOCOL: 'http',
    });
    // Port 9 (discard) is closed here: the SDK really tried 127.0.0.1:9 instead of api.stripe.com.
    await expect(provider.getPayment('pi_1')).rejects.toMatchObject({ code: 'unavailable' });
  });
});

describe('createPaymentProviders', () => {
  it('settles by hand offline and offers no online provider without Stripe keys', () => {
    const providers = createPaymentProviders({});
    expect(providers.manual).toBeInstanceOf(OfflinePaymentProvider);
    expect(providers.online).toBeNull();
    expect(providers.primary).toBe(providers.manual);
  });

  it('adds Stripe for card payments when keys are set, and keeps manual settlement beside it', () => {
    const providers = createPaymentProviders({ STRIPE_SECRET_KEY: 'sk_test_123', STRIPE_WEBHOOK_SECRET: 'whsec_1' });
    expect(providers.online).toBeInstanceOf(StripePaymentProvider);
    expect(supportsManualSettlement(providers.manual)).toBe(true);
    expect(providers.primary).toBe(providers.online);
  });
});
