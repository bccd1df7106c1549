import { describe, expect, it } from 'vitest';
import { shippingOptions, type ShippingMethodRows } from './shipping-rates.ts';

const rate = (country: string | null, maxWeightGrams: number | null, amount: number, freeOverAmount: number | null = null) => ({
  country, maxWeightGrams, amount, currency: 'EUR', freeOverAmount,
});

const methods: ShippingMethodRows[] = [
  { code: 'standard', name: 'Standard', rates: [rate('NL', 2_000, 495, 5_000), rate('NL', 30_000, 995, 5_000), rate(null, 30_000, 1_995)] },
  { code: 'bike', name: 'Bike courier', rates: [rate('NL', null, 2_500)] },
];

describe('shippingOptions', () => {
  it('uses the lightest weight band of the country that holds the parcel', () => {
    expect(shippingOptions(methods, { country: 'NL', weightGrams: 1_500, goodsAmount: 1_000, currency: 'EUR' })).toEqual([
      { code: 'standard', name: 'Standard', amount: 495, currency: 'EUR' },
      { code: 'bike', name: 'Bike courier', amount: 2_500, currency: 'EUR' },
    ]);
    expect(shippingOptions(methods, { country: 'NL', weightGrams: 12_000, goodsAmount: 1_000, currency: 'EUR' })[0]!.amount).toBe(995);
  });

  it('ships free over the threshold', () => {
    expect(shippingOptions(methods, { country: 'NL', weightGrams: 1_500, goodsAmount: 5_000, currency: 'EUR' })[0]!.amount).toBe(0);
  });

  it('falls back to the rows for every other country, and offers nothing it cannot ship', () => {
    expect(shippingOptions(methods, { country: 'DE', weightGrams: 1_500, goodsAmount: 1_000, currency: 'EUR' })).toEqual([
      { code: 'standard', name: 'Standard', amount: 1_995, currency: 'EUR' },
    ]);
    expect(shippingOptions(methods, { country: 'DE', weightGrams: 40_000, goodsAmount: 1_000, currency: 'EUR' })).toEqual([]);
  });
});
