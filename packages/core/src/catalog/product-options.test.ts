import { describe, expect, it } from 'vitest';
import { optionsOf } from './product-detail.ts';

describe('optionsOf', () => {
  it('lists option names and values in the order the variants first use them', () => {
    const variants = [
      { optionValues: { size: 'S', colour: 'Black' } },
      { optionValues: { size: 'M', colour: 'Black' } },
      { optionValues: { size: 'S', colour: 'Red' } },
    ];
    expect(optionsOf(variants)).toEqual([
      { name: 'size', values: ['S', 'M'] },
      { name: 'colour', values: ['Black', 'Red'] },
    ]);
  });
});
