import { describe, expect, it } from 'vitest';
import { toNextAction, toPaymentStatus, toRefundStatus } from './stripe-mapping.ts';

describe('Stripe status mapping', () => {
  it.each([
    ['requires_payment_method', 'pending'],
    ['requires_confirmation', 'pending'],
    ['requires_action', 'requires_action'],
    ['processing', 'processing'],
    ['requires_capture', 'authorized'],
    ['succeeded', 'succeeded'],
    ['canceled', 'canceled'],
    ['some_future_status', 'pending'],
  ] as const)('maps PaymentIntent status %s to %s', (stripeStatus, status) => {
    expect(toPaymentStatus(stripeStatus)).toBe(status);
  });

  it('asks the browser to confirm only while the shopper still has to act', () => {
    expect(toNextAction('pending')).toBe('confirm_in_browser');
    expect(toNextAction('requires_action')).toBe('confirm_in_browser');
    expect(toNextAction('processing')).toBe('none');
    expect(toNextAction('succeeded')).toBe('none');
  });

  it.each([
    ['succeeded', 'succeeded'],
    ['pending', 'pending'],
    ['requires_action', 'pending'],
    ['failed', 'failed'],
    ['canceled', 'canceled'],
    [null, 'pending'],
  ] as const)('maps refund status %s to %s', (stripeStatus, status) => {
    expect(toRefundStatus(stripeStatus)).toBe(status);
  });
});
