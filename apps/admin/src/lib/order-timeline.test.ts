import { describe, expect, it } from 'vitest';
import { timelineSentence } from './order-timeline';

describe('timelineSentence', () => {
  it('says what happened in words, with amounts as money, not raw data', () => {
    expect(timelineSentence({ type: 'placed', data: { lines: 2, total: 21_751 } }, 'EUR')).toBe('Order placed — 2 lines, €217.51');
    expect(timelineSentence({ type: 'refunded', data: { amount: 2_500 } }, 'EUR')).toBe('Refunded €25.00');
    expect(timelineSentence({ type: 'fulfilled', data: { carrier: 'PostNL', trackingNumber: '3S123', trackingUrl: null } }, 'EUR')).toBe('Shipped with PostNL, tracking number 3S123');
    expect(timelineSentence({ type: 'cancelled', data: { reason: 'You cancelled it.', by: 'shopper' } }, 'EUR')).toBe('Cancelled by the shopper — You cancelled it.');
    expect(timelineSentence({ type: 'return_requested', data: { units: 1, reason: 'does_not_fit' } }, 'EUR')).toBe('Return requested — 1 item, reason: Does not fit');
    expect(timelineSentence({ type: 'return_refunded', data: { amount: 4_000, restocked: 1 } }, 'EUR')).toBe('Return refunded €40.00, 1 item back in stock');
    expect(timelineSentence({ type: 'payment_failed', data: { providerRef: 'pi_1' } }, 'EUR')).toBe('Payment failed');
  });

  it('never shows an object as JSON for an event it does not know', () => {
    expect(timelineSentence({ type: 'group_buy_joined', data: { dealId: 'd1', nested: { a: 1 } } }, 'EUR')).toBe('Group buy joined — deal id d1');
  });
});
