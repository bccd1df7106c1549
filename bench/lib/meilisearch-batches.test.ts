import { describe, expect, it } from 'vitest';
import { traceSeconds } from './meilisearch-batches.ts';

describe('traceSeconds', () => {
  it('reads the durations Meilisearch writes in a batch progress trace', () => {
    expect(traceSeconds('646.77ms')).toBeCloseTo(0.64677, 6);
    expect(traceSeconds('74.65µs')).toBeCloseTo(0.00007465, 9);
    expect(traceSeconds('1.5s')).toBe(1.5);
    expect(traceSeconds('1m2.5s')).toBe(62.5);
  });
});
