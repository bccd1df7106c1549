import { describe, expect, it } from 'vitest';
import { parsePercentBps, percentText } from './percent.ts';

describe('percent fields', () => {
  it('reads whole and decimal percentages into basis points', () => {
    expect(parsePercentBps('5')).toBe(500);
    expect(parsePercentBps('7.5')).toBe(750);
    expect(parsePercentBps('12,25')).toBe(1_225);
    expect(percentText(750)).toBe('7.5');
  });
  it('refuses what is not a percentage of at most 100', () => {
    for (const text of ['', 'abc', '-5', '100.01', '1.234']) expect(parsePercentBps(text)).toBeNull();
  });
});
