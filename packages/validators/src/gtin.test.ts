import { describe, expect, it } from 'vitest';
import { gtinCheckDigit, normaliseGtin } from './gtin.ts';

describe('normaliseGtin', () => {
  it('accepts EAN-13, UPC-A, GTIN-8 and GTIN-14 and pads them to 14 digits', () => {
    expect(normaliseGtin('4006381333931')).toBe('04006381333931');
    expect(normaliseGtin('036000291452')).toBe('00036000291452');
    expect(normaliseGtin('96385074')).toBe('00000096385074');
    expect(normaliseGtin('10012345678902')).toBe('10012345678902');
  });

  it('ignores spaces and dashes', () => {
    expect(normaliseGtin(' 4006381-333931 ')).toBe('04006381333931');
  });

  it('rejects a wrong check digit, a wrong length, letters and all zeros', () => {
    expect(normaliseGtin('4006381333932')).toBeNull();
    expect(normaliseGtin('40063813339')).toBeNull();
    expect(normaliseGtin('40063813339A1')).toBeNull();
    expect(normaliseGtin('0000000000000')).toBeNull();
  });

  it('computes the check digit GS1 publishes', () => {
    expect(gtinCheckDigit('400638133393')).toBe(1);
    expect(gtinCheckDigit('03600029145')).toBe(2);
  });
});
