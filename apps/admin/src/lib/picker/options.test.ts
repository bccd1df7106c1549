import { describe, expect, it } from 'vitest';
import { productOptions, variantOptions, type PickerTarget } from './options';

const targets: PickerTarget[] = [
  { id: 'p1', title: 'Aero Helmet', slug: 'aero-helmet', status: 'ACTIVE', variants: [
    { id: 'v1', sku: 'AH-M', title: 'M / Red', options: { size: 'M', colour: 'Red' }, priceAmount: 8_900, currency: 'EUR' },
    { id: 'v2', sku: 'AH-L', title: 'L / Red', options: { size: 'L', colour: 'Red' }, priceAmount: 8_900, currency: 'EUR' },
  ] },
  { id: 'p2', title: 'Bell', slug: 'bell', status: 'DRAFT', variants: [{ id: 'v3', sku: 'BELL', title: 'Default', options: {}, priceAmount: 500, currency: 'EUR' }] },
];

describe('picker options', () => {
  it('labels variants with the product title, option values, SKU and price, never the id', () => {
    expect(variantOptions(targets).map((o) => [o.value, o.label, o.detail])).toEqual([
      ['v1', 'Aero Helmet — M / Red', 'SKU AH-M · €89.00'],
      ['v2', 'Aero Helmet — L / Red', 'SKU AH-L · €89.00'],
      ['v3', 'Bell', 'SKU BELL · €5.00 · draft'],
    ]);
  });

  it('labels products with their variant count and status', () => {
    expect(productOptions(targets).map((o) => o.detail)).toEqual(['2 variants · active', '1 variant · draft']);
  });
});
