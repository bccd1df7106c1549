import { describe, expect, it } from 'vitest';
import { formatMoney, minorDigits, minorUnitsPerMajor, parseDecimal, toDecimalString } from './index.ts';

describe('minorDigits', () => {
  it('knows each currency’s decimals from ISO 4217', () => {
    expect(minorDigits('EUR')).toBe(2);
    expect(minorDigits('JPY')).toBe(0);
    expect(minorDigits('BHD')).toBe(3);
  });

  it('says null for text that is not a currency code', () => {
    expect(minorDigits('EURO')).toBeNull();
    expect(minorDigits('')).toBeNull();
  });

  it('turns digits into minor units per major unit, refusing non-currencies', () => {
    expect(minorUnitsPerMajor('EUR')).toBe(100);
    expect(minorUnitsPerMajor('JPY')).toBe(1);
    expect(() => minorUnitsPerMajor('12')).toThrow(RangeError);
  });
});

describe('formatMoney', () => {
  it('writes euros with cents and grouping in the given locale', () => {
    expect(formatMoney({ amount: 129900, currency: 'EUR' }, { locale: 'en-IE' })).toBe('€1,299.00');
    expect(formatMoney({ amount: 1250, currency: 'EUR' }, { locale: 'en-GB' })).toBe('€12.50');
    expect(formatMoney({ amount: 1250, currency: 'EUR' }, { locale: 'de-DE' })).toBe('12,50\u00a0€');
  });

  it('writes yen without decimals: 1500 minor units are ¥1,500', () => {
    expect(formatMoney({ amount: 1500, currency: 'JPY' }, { locale: 'en' })).toBe('¥1,500');
  });

  it('drops zero decimals of whole amounts only when asked', () => {
    expect(formatMoney({ amount: 129900, currency: 'EUR' }, { locale: 'en-IE', dropZeroDecimals: true })).toBe('€1,299');
    expect(formatMoney({ amount: 1250, currency: 'EUR' }, { locale: 'en-IE', dropZeroDecimals: true })).toBe('€12.50');
  });

  it('writes negative amounts with a minus sign', () => {
    expect(formatMoney({ amount: -500, currency: 'EUR' }, { locale: 'en-IE' })).toBe('-€5.00');
  });

  it('rounds a fractional minor amount to the currency’s decimals', () => {
    expect(formatMoney({ amount: 1249.6, currency: 'EUR' }, { locale: 'en-IE' })).toBe('€12.50');
  });

  it('writes a code Intl cannot use plainly instead of failing', () => {
    expect(formatMoney({ amount: 1250, currency: 'EURO' }, { locale: 'en' })).toBe('12.50 EURO');
  });
});

describe('toDecimalString', () => {
  it('writes major units without symbol or grouping, with the currency’s decimals', () => {
    expect(toDecimalString({ amount: 1250, currency: 'EUR' })).toBe('12.50');
    expect(toDecimalString({ amount: 129900, currency: 'EUR' })).toBe('1299.00');
    expect(toDecimalString({ amount: 5, currency: 'EUR' })).toBe('0.05');
    expect(toDecimalString({ amount: 0, currency: 'EUR' })).toBe('0.00');
    expect(toDecimalString({ amount: 1500, currency: 'JPY' })).toBe('1500');
    expect(toDecimalString({ amount: 1234, currency: 'BHD' })).toBe('1.234');
  });

  it('keeps the sign of negative amounts', () => {
    expect(toDecimalString({ amount: -1250, currency: 'EUR' })).toBe('-12.50');
    expect(toDecimalString({ amount: -5, currency: 'EUR' })).toBe('-0.05');
    expect(toDecimalString({ amount: -1500, currency: 'JPY' })).toBe('-1500');
  });

  it('rounds fractional minor units, halves away from zero', () => {
    expect(toDecimalString({ amount: 1234.5, currency: 'EUR' })).toBe('12.35');
    expect(toDecimalString({ amount: -1234.5, currency: 'EUR' })).toBe('-12.35');
    expect(toDecimalString({ amount: -0.4, currency: 'EUR' })).toBe('0.00');
  });

  it('reads back what it writes', () => {
    for (const amount of [0, 1, 99, 100, 1250, 129900]) {
      expect(parseDecimal(toDecimalString({ amount, currency: 'EUR' }), 'EUR')).toEqual({ ok: true, amount });
    }
  });
});

describe('parseDecimal', () => {
  it('reads typed amounts with a point or comma, and whole amounts', () => {
    expect(parseDecimal('12.50', 'EUR')).toEqual({ ok: true, amount: 1250 });
    expect(parseDecimal(' 12,5 ', 'EUR')).toEqual({ ok: true, amount: 1250 });
    expect(parseDecimal('12', 'EUR')).toEqual({ ok: true, amount: 1200 });
    expect(parseDecimal('1500', 'JPY')).toEqual({ ok: true, amount: 1500 });
  });

  it('refuses more decimals than the currency has instead of rounding', () => {
    expect(parseDecimal('12.505', 'EUR')).toEqual({ ok: false, error: 'too_many_decimals' });
    expect(parseDecimal('12.5', 'JPY')).toEqual({ ok: false, error: 'too_many_decimals' });
  });

  it('refuses text that is not a plain non-negative amount', () => {
    for (const text of ['', 'abc', '-12.50', '1,299.00', '12.', '.5', '€12']) {
      expect(parseDecimal(text, 'EUR')).toEqual({ ok: false, error: 'not_an_amount' });
    }
  });

  it('refuses unknown currencies and amounts beyond exact integers', () => {
    expect(parseDecimal('12.50', 'EURO')).toEqual({ ok: false, error: 'not_a_currency' });
    expect(parseDecimal('99999999999999999', 'EUR')).toEqual({ ok: false, error: 'too_large' });
  });
});
