import { describe, expect, it } from 'vitest';
import { humanize, itemTitle } from './labels.ts';

describe('humanize', () => {
  it('turns an attribute name into a label', () => {
    expect(humanize('frame-material')).toBe('Frame material');
  });
});

describe('itemTitle', () => {
  it('names the variant after the product', () => {
    expect(itemTitle('Velora Road 105', 'M / Black')).toBe('Velora Road 105 (M / Black)');
  });

  it('leaves out the default variant of a single-variant product', () => {
    expect(itemTitle('Bottle cage', 'Default')).toBe('Bottle cage');
    expect(itemTitle('Bottle cage', '')).toBe('Bottle cage');
  });
});
