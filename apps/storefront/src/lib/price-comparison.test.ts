import { describe, expect, it } from 'vitest';
import { productJsonLd, schemaPrice, updatedAgo, type PriceComparison } from './price-comparison.ts';

describe('updatedAgo', () => {
  const now = new Date('2026-11-23T12:00:00Z');
  it('says how long ago an offer was confirmed', () => {
    expect(updatedAgo('2026-11-23T11:59:40Z', now)).toBe('updated just now');
    expect(updatedAgo('2026-11-23T11:55:00Z', now)).toBe('updated 5 minutes ago');
    expect(updatedAgo('2026-11-23T09:00:00Z', now)).toBe('updated 3 hours ago');
    expect(updatedAgo('2026-11-22T10:00:00Z', now)).toBe('updated yesterday');
    expect(updatedAgo('2026-11-23T12:00:05Z', now)).toBe('updated just now');
  });
});

describe('productJsonLd', () => {
  const money = (amount: number) => ({ amount, currency: 'EUR' });
  const comparison = { productId: 'p', currency: 'EUR', lowPrice: money(3650), highPrice: money(44_900), offers: [{}, {}, {}] } as unknown as PriceComparison;

  it('writes an AggregateOffer with prices in major units', () => {
    const json = JSON.parse(productJsonLd({ title: 'Bar', description: 'd', image: null, brand: 'Grimpeur', url: 'https://shop/p/bar' }, comparison));
    expect(json).toMatchObject({ '@type': 'Product', brand: { name: 'Grimpeur' }, offers: { '@type': 'AggregateOffer', priceCurrency: 'EUR', lowPrice: '36.50', highPrice: '449.00', offerCount: 3 } });
    expect(schemaPrice({ amount: 1500, currency: 'JPY' })).toBe('1500');
  });

  it('cannot be closed early by a product title', () => {
    const json = productJsonLd({ title: '</script><script>alert(1)</script>', description: '', image: null, brand: null, url: '/' }, comparison);
    expect(json).not.toContain('<');
    expect(JSON.parse(json).name).toBe('</script><script>alert(1)</script>');
  });
});
