import { describe, expect, it } from 'vitest';
import { formatMoney, formatPriceRange, minorUnitsPerMajor } from './money.ts';

describe('formatMoney', () => {
  it('shows whole euro amounts without cents', () => {
    expect(formatMoney({ amount: 129900, currency: 'EUR' })).toBe('€1,299');
  });

  it('shows cents when the amount has them', () => {
    expect(formatMoney({ amount: 1250, currency: 'EUR' })).toBe('€12.50');
  });

  it('knows currencies without minor units', () => {
    expect(minorUnitsPerMajor('JPY')).toBe(1);
    expect(minorUnitsPerMajor('EUR')).toBe(100);
  });
});

describe('formatPriceRange', () => {
  it('shows a single price when all variants cost the same', () => {
    const price = { amount: 5000, currency: 'EUR' };
    expect(formatPriceRange({ min: price, max: price })).toBe('€50');
  });

  it('says "from" the lowest price when variants differ', () => {
    expect(formatPriceRange({ min: { amount: 5000, currency: 'EUR' }, max: { amount: 9000, currency: 'EUR' } })).toBe('from €50');
  });
});
