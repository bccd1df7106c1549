import { describe, expect, it } from 'vitest';
import { historicalLineAmount } from './history-amount.ts';

describe('historicalLineAmount', () => {
  it('multiplies the exact minor units of a two-decimal price by the quantity', () => {
    expect(historicalLineAmount('2.55', 'GBP', 6)).toEqual({ ok: true, amount: 1530 });
    expect(historicalLineAmount('0.29', 'EUR', 3)).toEqual({ ok: true, amount: 87 });
  });

  it('reads a price in a currency without decimals as whole units', () => {
    expect(historicalLineAmount('1200', 'JPY', 2)).toEqual({ ok: true, amount: 2400 });
  });

  it('refuses decimals a currency does not have instead of rounding them', () => {
    expect(historicalLineAmount('12.50', 'JPY', 1)).toEqual({ ok: false, reason: 'The price has more decimals than JPY allows' });
  });
});
