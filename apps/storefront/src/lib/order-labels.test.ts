import { describe, expect, it } from 'vitest';
import { countryName, isDeliveryCountry } from './countries.ts';
import { formatDate, formatDateTime } from './dates.ts';
import { orderStatusLabel, paymentMethodHelp, paymentNote, timelineLabel, type PaymentNoteInput } from './order-labels.ts';

const order: PaymentNoteInput = {
  status: 'AWAITING_PAYMENT',
  email: 'ada@example.test',
  total: { amount: 129_900, currency: 'EUR' },
  reservationExpiresAt: '2026-11-23T16:53:00.000Z',
  payment: { provider: 'offline', state: 'PENDING' },
  howToPay: { method: 'bank_transfer' },
};

describe('orderStatusLabel', () => {
  it('says what the status means to a shopper', () => {
    expect(orderStatusLabel('AWAITING_PAYMENT')).toBe('Awaiting payment');
    expect(orderStatusLabel('FULFILLED')).toBe('Shipped');
  });

  it('adds refunds', () => {
    expect(orderStatusLabel('PAID', 'partial')).toBe('Paid · partially refunded');
    expect(orderStatusLabel('CANCELLED', 'full')).toBe('Cancelled · refunded');
  });
});

describe('timelineLabel', () => {
  it('names known events and humanises new ones', () => {
    expect(timelineLabel('placed')).toBe('Order placed');
    expect(timelineLabel('tracking_added')).toBe('Tracking added');
  });
});

describe('paymentNote', () => {
  it('asks for the bank transfer shown on the page, by the deadline', () => {
    const note = paymentNote(order);
    expect(note).toContain('Please transfer €1,299 by 23 Nov 2026, 17:53');
    expect(note).toContain('sent the same details to ada@example.test');
  });

  it('promises no bank details for an offline order placed without a method', () => {
    const note = paymentNote({ ...order, howToPay: null });
    expect(note).not.toMatch(/bank|e-mail/i);
    expect(note).toContain('reserved until 23 Nov 2026, 17:53');
  });

  it('tells a pickup order to pay at collection', () => {
    expect(paymentNote({ ...order, howToPay: { method: 'pickup' } })).toContain('You pay €1,299 when you collect your order');
  });

  it('confirms a paid order', () => {
    expect(paymentNote({ ...order, status: 'PAID' })).toMatch(/received your payment/);
  });
});

describe('paymentMethodHelp', () => {
  it('says how long each method holds the order', () => {
    expect(paymentMethodHelp({ code: 'bank_transfer', holdDays: 3 })).toContain('within 3 days');
    expect(paymentMethodHelp({ code: 'pickup', holdDays: 1, instructions: 'Dam 1, Amsterdam\nMon–Sat' })).toBe('Collect your order and pay there, within 1 day: Dam 1, Amsterdam.');
  });
});

describe('dates', () => {
  it('are shown in the shop’s time zone', () => {
    expect(formatDate('2026-11-23T23:30:00.000Z')).toBe('24 Nov 2026');
    expect(formatDateTime('2026-07-01T10:05:00.000Z')).toBe('1 Jul 2026, 12:05');
  });
});

describe('countries', () => {
  it('knows the delivery countries by name', () => {
    expect(countryName('NL')).toBe('Netherlands');
    expect(countryName('US')).toBe('US');
    expect(isDeliveryCountry('AT')).toBe(true);
    expect(isDeliveryCountry('US')).toBe(false);
  });
});
