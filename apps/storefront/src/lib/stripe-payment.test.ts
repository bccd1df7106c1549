import { describe, expect, it } from 'vitest';
import { stripePaymentFor } from './stripe-payment.ts';

const order = (over: Partial<{ status: string; provider: string; state: string; clientSecret: string | null }> = {}) => ({
  status: over.status ?? 'AWAITING_PAYMENT',
  payment: { provider: over.provider ?? 'stripe', state: over.state ?? 'PENDING', clientSecret: 'clientSecret' in over ? over.clientSecret! : 'pi_1_secret_2' },
});

describe('stripePaymentFor', () => {
  it('offers the Payment Element for a Stripe payment waiting for the shopper', () => {
    expect(stripePaymentFor(order(), 'pk_test_abc')).toEqual({ publishableKey: 'pk_test_abc', clientSecret: 'pi_1_secret_2' });
    expect(stripePaymentFor(order({ state: 'REQUIRES_ACTION' }), 'pk_live_abc')).not.toBeNull();
  });

  it('offers nothing without a publishable key, for offline payments, paid or processing orders', () => {
    expect(stripePaymentFor(order(), undefined)).toBeNull();
    expect(stripePaymentFor(order(), 'sk_test_secret')).toBeNull();
    expect(stripePaymentFor(order({ provider: 'offline' }), 'pk_test_abc')).toBeNull();
    expect(stripePaymentFor(order({ status: 'PAID', state: 'SUCCEEDED' }), 'pk_test_abc')).toBeNull();
    expect(stripePaymentFor(order({ state: 'PROCESSING' }), 'pk_test_abc')).toBeNull();
    expect(stripePaymentFor(order({ clientSecret: null }), 'pk_test_abc')).toBeNull();
  });
});
