import fc from 'fast-check';
import { GuestOrderTokenInput } from '@tandem/validators';
import { describe, expect, it } from 'vitest';
import { fitLength, inputJsonSchema, validShaped } from './schema-arbitrary.ts';

describe('validShaped', () => {
  it('generates a long patterned token without rejection sampling (a ≥20-character token once hung the fuzz run)', () => {
    const tokens = fc.sample(validShaped(inputJsonSchema(GuestOrderTokenInput)), { seed: 16, numRuns: 50 }) as { token: string }[];
    expect(tokens).toHaveLength(50);
    for (const { token } of tokens) expect(token.length).toBeGreaterThanOrEqual(20);
    expect(tokens.filter(({ token }) => GuestOrderTokenInput.safeParse({ token }).success).length).toBeGreaterThan(25);
  }, 10_000);
});

describe('fitLength', () => {
  it('repeats a short value up to the minimum and cuts a long one at the maximum', () => {
    expect(fitLength('ab', 5, 10)).toBe('ababa');
    expect(fitLength('', 3, 10)).toBe('aaa');
    expect(fitLength('abcdefghijkl', 0, 4)).toBe('abcd');
    expect(fitLength('abc', 0, Infinity)).toBe('abc');
  });
});
