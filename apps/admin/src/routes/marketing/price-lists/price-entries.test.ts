import { describe, expect, it } from 'vitest';
import { entriesOfForm, entryFields, entryRows } from './price-entries';

describe('price list entries in the form', () => {
  it('reads one entry per row, the price in major units', () => {
    expect(entriesOfForm({ entryVariantId: ['v1', 'v2'], entryPrice: ['12.50', '3'] })).toEqual([{ variantId: 'v1', amount: 1250 }, { variantId: 'v2', amount: 300 }]);
  });

  it('reads a single row (one field, not a list)', () => {
    expect(entriesOfForm({ entryVariantId: 'v1', entryPrice: '1,5' })).toEqual([{ variantId: 'v1', amount: 150 }]);
  });

  it('leaves out rows ticked for removal (the no-JavaScript way to remove one)', () => {
    expect(entriesOfForm({ entryVariantId: ['v1', 'v2'], entryPrice: ['1', '2'], removeEntry: 'v1' })).toEqual([{ variantId: 'v2', amount: 200 }]);
  });

  it('marks a price that is not an amount as NaN for the validator to refuse', () => {
    expect(entriesOfForm({ entryVariantId: 'v1', entryPrice: 'cheap' })[0]!.amount).toBeNaN();
    expect(entriesOfForm({ entryVariantId: 'v1', entryPrice: '' })[0]!.amount).toBeNaN();
  });

  it('adds lines typed without JavaScript, after the rows, unless the variant has a row', () => {
    expect(entriesOfForm({ entryVariantId: 'v1', entryPrice: '1', entries: 'v1 = 9.00\nv3 = 4.00' })).toEqual([{ variantId: 'v1', amount: 100 }, { variantId: 'v3', amount: 400 }]);
  });

  it('shows saved entries as rows and a posted form as it was typed', () => {
    const fields = entryFields([{ variantId: 'v1', amount: 1250 }]);
    expect(fields).toEqual({ entryVariantId: ['v1'], entryPrice: ['12.50'], entries: '' });
    expect(entryRows(fields)).toEqual([{ variantId: 'v1', price: '12.50' }]);
    expect(entryRows({ entryVariantId: ['v1', 'v2'], entryPrice: ['x', '2'], removeEntry: 'v2' })).toEqual([{ variantId: 'v1', price: 'x' }]);
  });
});
