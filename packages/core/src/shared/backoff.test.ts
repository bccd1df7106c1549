import { describe, expect, it } from 'vitest';
import { backoffDelayMs } from './backoff.ts';

describe('backoffDelayMs', () => {
  it('doubles from the base after each failed attempt', () => {
    const policy = { baseMs: 100, maxMs: 10_000 };
    expect([1, 2, 3, 4].map((n) => backoffDelayMs(n, policy))).toEqual([100, 200, 400, 800]);
  });
  it('never waits longer than the cap, even after very many attempts', () => {
    expect(backoffDelayMs(60, { baseMs: 1_000, maxMs: 60_000 })).toBe(60_000);
  });
});
