import { describe, expect, it } from 'vitest';
import { evaluateExpression, ExpressionError, parseExpression, roundHalfAwayFromZero, variablesOf } from './expression.ts';

const run = (source: string, vars: Record<string, number> = {}) => evaluateExpression(parseExpression(source), vars);

describe('formula evaluator', () => {
  it('follows precedence, parentheses, unary minus and functions', () => {
    expect(run('2 + 3 * 4')).toBe(14);
    expect(run('(2 + 3) * 4')).toBe(20);
    expect(run('-2 * -3')).toBe(6);
    expect(run('max(chest, waist) * 2 - min(1, 2)', { chest: 100, waist: 90 })).toBe(199);
    expect(run('round(2.5) + floor(1.9) + ceil(1.1) + abs(-4)')).toBe(3 + 1 + 2 + 4);
    expect(variablesOf(parseExpression('width * height + width'))).toEqual(['height', 'width']);
  });

  it('rejects anything that is not arithmetic', () => {
    for (const source of ['', 'constructor.constructor("x")()', 'a[0]', 'process.exit(1)', '2 +', 'eval(1)', '1 2', 'round(1, 2)', `${'('.repeat(40)}1${')'.repeat(40)}`]) {
      expect(() => parseExpression(source), source).toThrow(ExpressionError);
    }
  });

  it('fails on missing variables, division by zero and non-finite results', () => {
    expect(() => run('width * 2')).toThrow('needs "width"');
    expect(() => run('1 / (a - a)', { a: 3 })).toThrow('divides by zero');
    expect(() => run('toString', {})).toThrow(ExpressionError);
  });

  it('rounds minor units half away from zero, ignoring binary noise', () => {
    expect([2.5, -2.5, 2.4999, 0.1 * 3 * 5, -0.2].map(roundHalfAwayFromZero)).toEqual([3, -3, 2, 2, 0]);
    expect(Object.is(roundHalfAwayFromZero(-0.2), 0)).toBe(true);
  });
});
