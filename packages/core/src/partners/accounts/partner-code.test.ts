import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { codeBase, freeCode, isPartnerCode } from './partner-code.ts';

describe('partner codes', () => {
  it('are made readable from the site name', () => {
    expect(codeBase('Maillot Corner — Café Racers!')).toBe('maillot-corner-cafe-racers');
    expect(codeBase('  The Chain-Stay  Blog ')).toBe('the-chain-stay-blog');
    expect(codeBase('🚲')).toBe('partner');
    expect(codeBase('x'.repeat(80))).toHaveLength(40);
  });

  it('get a number when the plain code is taken', () => {
    expect(freeCode('chain-stay', new Set())).toBe('chain-stay');
    expect(freeCode('chain-stay', new Set(['chain-stay', 'chain-stay-2']))).toBe('chain-stay-3');
    const long = 'a'.repeat(40);
    expect(freeCode(long, new Set([long]))).toBe(`${'a'.repeat(38)}-2`);
  });

  it('always have the code shape and avoid every taken code', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 100 }), fc.array(fc.integer({ min: 2, max: 30 }), { maxLength: 10 }), (name, numbers) => {
        const base = codeBase(name);
        const taken = new Set([base, ...numbers.map((n) => `${base}-${n}`)]);
        const code = freeCode(base, taken);
        expect(isPartnerCode(base)).toBe(true);
        expect(isPartnerCode(code)).toBe(true);
        expect(taken.has(code)).toBe(false);
      }),
    );
  });
});
