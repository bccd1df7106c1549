import { describe, expect, it } from 'vitest';
import { rangeDays } from './chart-range';

describe('chart time range', () => {
  it('takes a range the charts offer from the URL and falls back to 30 days', () => {
    expect(rangeDays(new URL('http://admin.test/?days=90'))).toBe(90);
    expect(rangeDays(new URL('http://admin.test/?days=1000'))).toBe(30);
    expect(rangeDays(new URL('http://admin.test/'))).toBe(30);
  });
});
