import { describe, expect, it } from 'vitest';
import { injects, missingFacts } from '../notifications/testing/email-facts.ts';
import type { OrderEmailDetails } from './order-email-details.ts';
import { invoiceDownloadUrl, orderCancelledEmail, orderConfirmationEmail, orderRefundedEmail, orderShippedEmail, paymentReceivedEmail } from './order-emails.ts';

const EVIL = '<script>alert(1)</script>';

const details = (over: Partial<OrderEmailDetails> = {}): OrderEmailDetails => ({
  lines: [
    { productTitle: `Aero ${EVIL} Helmet`, variantTitle: 'Red / M', quantity: 2, unitPriceAmount: 4_999, lineTotalAmount: 8_998, discountAmount: 1_000 },
    { productTitle: 'Bell', variantTitle: '', quantity: 1, unitPriceAmount: 1_250, lineTotalAmount: 1_250, discountAmount: 0 },
  ],
  subtotalAmount: 10_248,
  discountAmount: 1_000,
  shippingAmount: 495,
  taxAmount: 1_865,
  pricesIncludeTax: true,
  shippingMethodName: 'Standard',
  shippingAddress: { name: `Ada ${EVIL}`, line1: 'Keizersgracht 1', line2: '', postalCode: '1015 CJ', city: 'Amsterdam', region: '', country: 'NL' },
  payment: { provider: 'offline', succeeded: false },
  reservationExpiresAt: '2026-12-10T12:00:00.000Z',
  ...over,
});

describe('order confirmation e-mail', () => {
  const email = orderConfirmationEmail.render({ number: 'T-1001', totalAmount: 10_743, currency: 'EUR', details: details() });

  it('lists lines, discounts, shipping, tax, total and address in both parts', () => {
    expect(missingFacts(email, [
      `2 × Aero ${EVIL} Helmet`, 'Red / M', '49.99 EUR each', 'discount −10.00 EUR', '89.98 EUR', '1 × Bell', '12.50 EUR',
      'Subtotal', '102.48 EUR', '−10.00 EUR', 'Shipping (Standard)', '4.95 EUR', 'Tax included', '18.65 EUR', 'Total', '107.43 EUR',
      `Ada ${EVIL}`, 'Keizersgracht 1', '1015 CJ Amsterdam', 'NL',
    ])).toEqual([]);
  });

  it('keeps a shopper-typed name and product text as text', () => {
    expect(injects(email, '<script>')).toBe(false);
  });

  it('tells an unpaid order how long it is held and invents no bank details', () => {
    expect(missingFacts(email, ['waiting for your payment', '10 December 2026', '12:00 UTC', 'the order is cancelled'])).toEqual([]);
    expect(email.text).not.toMatch(/IBAN|BIC|account holder/i);
  });

  it('shows the payment instructions the order carries, as given', () => {
    const withBank = orderConfirmationEmail.render({ number: 'T-1', totalAmount: 100, currency: 'EUR', details: details({ paymentInstructions: [{ label: 'IBAN', value: 'NL91 ABNA 0417 1643 00' }, { label: 'Reference', value: `RF18 ${EVIL}` }] }) });
    expect(missingFacts(withBank, ['How to pay', 'IBAN', 'NL91 ABNA 0417 1643 00', `RF18 ${EVIL}`])).toEqual([]);
    expect(injects(withBank, '<script>')).toBe(false);
  });

  it('says a paid order is paid', () => {
    const paid = orderConfirmationEmail.render({ number: 'T-1', totalAmount: 100, currency: 'EUR', details: details({ payment: { provider: 'stripe', succeeded: true } }) });
    expect(missingFacts(paid, ['Your payment is received.'])).toEqual([]);
    expect(paid.text).not.toContain('We keep your items');
  });

  it('still renders from the old data shape, and links the order page when given one', () => {
    const old = orderConfirmationEmail.render({ number: 'T-2', totalAmount: 21_751, currency: 'EUR' });
    expect(missingFacts(old, ['T-2', 'Total: 217.51 EUR.'])).toEqual([]);
    const linked = orderConfirmationEmail.render({ number: 'T-2', totalAmount: 1, currency: 'EUR', orderUrl: 'https://shop.example/orders/guest?token=a&b' });
    expect(missingFacts(linked, ['Your order', 'https://shop.example/orders/guest?token=a&b'])).toEqual([]);
    expect(linked.html).toContain('href="https://shop.example/orders/guest?token=a&amp;b"');
  });
});

describe('the other order e-mails', () => {
  it('payment received names the order and the amount', () => {
    const email = paymentReceivedEmail.render({ number: `T-${EVIL}`, totalAmount: 1_999, currency: 'EUR' });
    expect(missingFacts(email, [`T-${EVIL}`, '19.99 EUR'])).toEqual([]);
    expect(injects(email, '<script>')).toBe(false);
  });

  it('payment received links the invoice in both parts', () => {
    const url = invoiceDownloadUrl('https://shop.example/', 'ord_1', 'inv_1');
    expect(url).toBe('https://shop.example/account/orders/ord_1/documents/invoice/inv_1');
    const email = paymentReceivedEmail.render({ number: 'T-4', totalAmount: 1_999, currency: 'EUR', invoice: { number: 'INV-000007', url } });
    expect(missingFacts(email, ['Your invoice INV-000007', url])).toEqual([]);
    expect(email.html).toContain(`href="${url}"`);
  });

  it('shipped names carrier, tracking number and link', () => {
    const email = orderShippedEmail.render({ number: 'T-3', shipment: { carrier: `Post ${EVIL}`, trackingNumber: '3S123', trackingUrl: 'https://track.example/3S123' }, ordersUrl: 'https://shop.example/account/orders' });
    expect(missingFacts(email, [`Post ${EVIL}`, '3S123', 'https://track.example/3S123', 'https://shop.example/account/orders'])).toEqual([]);
    expect(injects(email, '<script>')).toBe(false);
  });

  it('refund and cancellation carry their amounts and reason in both parts', () => {
    const refund = orderRefundedEmail.render({ number: 'T-4', currency: 'EUR', amount: 500, refundedTotal: 500, orderTotal: 2_000 });
    expect(missingFacts(refund, ['5.00 EUR', '20.00 EUR', 'partial refund'])).toEqual([]);
    const cancelled = orderCancelledEmail.render({ number: 'T-4', reason: `Staff: ${EVIL}`, ordersUrl: 'https://shop.example/account/orders' });
    expect(missingFacts(cancelled, [`Why: Staff: ${EVIL}`, 'https://shop.example/account/orders'])).toEqual([]);
    expect(injects(cancelled, '<script>')).toBe(false);
  });
});
