import { normaliseGtin } from '@tandem/validators';
import { describe, expect, it } from 'vitest';
import { demoGtin, demoMpn } from '@tandem/db/seed';

describe('demo trade codes', () => {
  it('gives each SKU a stable GTIN-13 in the GS1 in-store range with a valid check digit', () => {
    const gtin = demoGtin('VEL-0001-54-BLK');
    expect(gtin).toMatch(/^20\d{11}$/);
    expect(normaliseGtin(gtin)).toBe(`0${gtin}`);
    expect(demoGtin('VEL-0001-54-BLK')).toBe(gtin);
    expect(demoGtin('VEL-0001-56-BLK')).not.toBe(gtin);
  });

  it('derives the part number from the SKU without the brand prefix', () => {
    expect(demoMpn('VEL-0001-54-BLK')).toBe('M0001-54-BLK');
  });
});
