import { describe, expect, it } from 'vitest';
import { formatPrice, parseCrosslinks, readLimit, safeCode, safeHttpUrl } from './validate.ts';

const product = { name: 'Road bike', amount: 129900, regularAmount: null, currency: 'EUR', url: 'http://store.test/r/acme?product=road-bike&src=widget', imageUrl: 'http://store.test/media/a.svg' };
const body = { store: { name: 'Tandem', url: 'http://store.test/' }, products: [product] };

describe('safeHttpUrl', () => {
  it('keeps absolute http and https URLs', () => {
    expect(safeHttpUrl('https://store.test/p?a=1')).toBe('https://store.test/p?a=1');
    expect(safeHttpUrl('http://127.0.0.1:3430/r/x')).toBe('http://127.0.0.1:3430/r/x');
  });
  it('refuses script, data and relative URLs', () => {
    for (const bad of ['javascript:alert(1)', ' JavaScript:alert(1)', 'data:text/html,<script>', 'vbscript:x', '/relative', '//host/x', '', 42, null]) {
      expect(safeHttpUrl(bad)).toBeNull();
    }
  });
});

describe('safeCode and readLimit', () => {
  it('accepts codes made of lower-case letters, digits and inner dashes', () => {
    expect(safeCode('bike-blog-2')).toBe('bike-blog-2');
    for (const bad of ['Bike', '-x', 'x-', 'a b', '../x', '"><img', '']) expect(safeCode(bad)).toBeNull();
  });
  it('bounds the limit between 1 and 12 with 4 as the default', () => {
    expect(readLimit(null)).toBe(4);
    expect(readLimit('abc')).toBe(4);
    expect(readLimit('0')).toBe(1);
    expect(readLimit('99')).toBe(12);
    expect(readLimit('3')).toBe(3);
  });
});

describe('parseCrosslinks', () => {
  it('keeps a well-formed response', () => {
    expect(parseCrosslinks(body)).toEqual({ store: body.store, products: [product] });
  });
  it('drops products with a script URL, a bad price or no name, and images with unsafe URLs', () => {
    const parsed = parseCrosslinks({
      ...body,
      products: [
        { ...product, url: 'javascript:alert(1)' },
        { ...product, amount: -1 },
        { ...product, amount: 1.5 },
        { ...product, name: '   ' },
        { ...product, currency: 'euro' },
        { ...product, imageUrl: 'javascript:alert(1)' },
      ],
    });
    expect(parsed?.products).toEqual([{ ...product, imageUrl: null }]);
  });
  it('refuses a body without a store or a product list', () => {
    expect(parseCrosslinks(null)).toBeNull();
    expect(parseCrosslinks({ products: [] })).toBeNull();
    expect(parseCrosslinks({ store: { name: 'x', url: 'javascript:x' }, products: [] })).toBeNull();
    expect(parseCrosslinks({ store: body.store, products: 'many' })).toBeNull();
  });
  it('keeps a regular price only when it is higher than today’s', () => {
    expect(parseCrosslinks({ ...body, products: [{ ...product, regularAmount: 140000 }] })?.products[0]?.regularAmount).toBe(140000);
    expect(parseCrosslinks({ ...body, products: [{ ...product, regularAmount: 100 }] })?.products[0]?.regularAmount).toBeNull();
  });
});

describe('formatPrice', () => {
  it('formats minor units in the currency’s own decimals', () => {
    expect(formatPrice(129900, 'EUR', 'en')).toBe('€1,299.00');
    expect(formatPrice(1500, 'JPY', 'en')).toBe('¥1,500');
  });
});
