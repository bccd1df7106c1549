import { describe, expect, it } from 'vitest';
import { matchVariant, optionAvailability, selectVariant, stockLabel, type VariantLike } from './variant-selection.ts';

const variant = (sku: string, size: string, colour: string, quantity = 10): VariantLike => ({
  sku,
  optionValues: { size, colour },
  stock: { status: quantity === 0 ? 'out_of_stock' : quantity < 5 ? 'low_stock' : 'in_stock', quantity },
});

const variants = [
  variant('S-RED', 'S', 'Red', 0),
  variant('M-RED', 'M', 'Red'),
  variant('M-BLUE', 'M', 'Blue', 2),
  variant('L-BLUE', 'L', 'Blue'),
];

describe('selectVariant', () => {
  it('picks the variant named by sku', () => {
    expect(selectVariant(variants, new URLSearchParams('variant=M-BLUE'))?.sku).toBe('M-BLUE');
  });

  it('picks the variant matching every option a GET form sent', () => {
    expect(selectVariant(variants, new URLSearchParams('option.size=M&option.colour=Blue'))?.sku).toBe('M-BLUE');
  });

  it('defaults to the first variant in stock', () => {
    expect(selectVariant(variants, new URLSearchParams(''))?.sku).toBe('M-RED');
    expect(selectVariant(variants, new URLSearchParams('variant=NOPE'))?.sku).toBe('M-RED');
  });

  it('shows an out-of-stock variant when it is exactly what was asked for', () => {
    expect(selectVariant(variants, new URLSearchParams('option.size=S&option.colour=Red'))?.sku).toBe('S-RED');
  });

  it('gives nothing for a product without variants', () => {
    expect(selectVariant([], new URLSearchParams('variant=x'))).toBeUndefined();
  });
});

describe('matchVariant', () => {
  it('falls back to the closest variant, earlier options counting more', () => {
    expect(matchVariant(variants, { size: 'L', colour: 'Red' })?.sku).toBe('L-BLUE');
  });

  it('keeps the option the shopper just picked', () => {
    expect(matchVariant(variants, { size: 'M', colour: 'Blue' }, 'colour')?.sku).toBe('M-BLUE');
    expect(matchVariant(variants, { size: 'S', colour: 'Blue' }, 'colour')?.sku).toBe('M-BLUE');
  });
});

describe('optionAvailability', () => {
  it('tells available, sold-out and missing combinations apart', () => {
    const choice = { size: 'M', colour: 'Red' };
    expect(optionAvailability(variants, choice, 'size', 'M')).toBe('available');
    expect(optionAvailability(variants, choice, 'size', 'S')).toBe('sold-out');
    expect(optionAvailability(variants, choice, 'size', 'L')).toBe('unavailable');
  });
});

describe('stockLabel', () => {
  it('words the stock state for shoppers', () => {
    expect(stockLabel({ status: 'in_stock', quantity: 12 })).toBe('In stock');
    expect(stockLabel({ status: 'low_stock', quantity: 3 })).toBe('Only 3 left');
    expect(stockLabel({ status: 'out_of_stock', quantity: 0 })).toBe('Out of stock');
  });
});
