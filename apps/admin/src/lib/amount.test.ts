import { describe, expect, it } from 'vitest';
import { parseMinorUnits } from './amount.ts';

describe('parseMinorUnits', () => {
  it('reads decimals with a point or a comma', () => {
    expect(parseMinorUnits('12.50')).toBe(1250);
    expect(parseMinorUnits('12,5')).toBe(1250);
    expect(parseMinorUnits(' 7 ')).toBe(700);
    expect(parseMinorUnits('0.01')).toBe(1);
  });

  it('refuses anything else', () => {
    for (const text of ['', '-1', '1.234', '1e3', 'abc', '1.']) expect(parseMinorUnits(text)).toBeNull();
  });
});
