import { describe, expect, it } from 'vitest';
import { injects, missingFacts } from '../notifications/testing/email-facts.ts';
import { renderDigestEmail, type DigestPayload } from './digest.ts';

const EVIL = '<script>alert(1)</script>';

describe('digest e-mail', () => {
  const payload: DigestPayload = {
    customer: { id: 'c1', name: `Ada ${EVIL}`, email: 'ada@example.test' },
    sections: [{ key: 'for_you', title: 'Picked for you', products: [{ id: 'p1', title: `Aero ${EVIL}`, url: 'https://shop.example/p/aero', imageUrl: 'https://shop.example/img/aero.png', price: { amount: 4_999, currency: 'EUR' }, why: 'Similar to Bell' }] }],
    unsubscribeUrl: 'https://shop.example/account/privacy',
    generatedAt: '2026-12-07T00:00:00.000Z',
  };

  it('lists products, prices, reasons and the opt-out in both parts, names as text, no images', () => {
    const email = { subject: 's', ...renderDigestEmail('s', payload) };
    expect(missingFacts(email, [`Hello Ada ${EVIL},`, 'Picked for you', `Aero ${EVIL}`, '€49.99', 'Similar to Bell', 'https://shop.example/account/privacy'])).toEqual([]);
    // The product link is the title in HTML and written out in text.
    expect(email.html).toContain('href="https://shop.example/p/aero"');
    expect(email.text).toContain('https://shop.example/p/aero');
    expect(injects(email, '<script>')).toBe(false);
    expect(email.html).not.toContain('<img');
  });
});
