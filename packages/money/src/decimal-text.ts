// Amounts as plain decimal text in major units, for form fields, CSV files and feeds ("12.50"),
// and typed text back to minor units. Integer arithmetic only: no floating-point cents.
import { minorDigits } from './currency-digits.ts';
import type { Money } from './money.ts';

// Codes Intl does not know are written with two decimals, the most common case.
const FALLBACK_DIGITS = 2;

/**
 * Minor units as a decimal in major units, without grouping or symbol: "12.50" for 1250 EUR,
 * "1250" for 1250 JPY, "-0.05" for -5 EUR. A fractional amount is rounded to the nearest minor
 * unit, halves away from zero.
 */
export function toDecimalString(money: Money): string {
  const digits = minorDigits(money.currency) ?? FALLBACK_DIGITS;
  const minor = Math.round(Math.abs(money.amount));
  const sign = money.amount < 0 && minor !== 0 ? '-' : '';
  if (digits === 0) return `${sign}${minor}`;
  const text = String(minor).padStart(digits + 1, '0');
  return `${sign}${text.slice(0, -digits)}.${text.slice(-digits)}`;
}

/** What {@link parseDecimal} made of a text: minor units, or why it is not an amount. */
export type ParsedDecimal =
  | { ok: true; amount: number }
  | { ok: false; error: 'not_an_amount' | 'not_a_currency' | 'too_many_decimals' | 'too_large' };

/**
 * A typed amount in major units ("12.50", "12,5", "12") as minor units of `currency`. Not
 * negative; at most the currency's decimals (so "12.505" EUR and "12.5" JPY are refused, not
 * rounded); a comma is read as the decimal point; no grouping separators.
 *
 * @example parseDecimal('12,5', 'EUR') // { ok: true, amount: 1250 }
 */
export function parseDecimal(text: string, currency: string): ParsedDecimal {
  const match = /^(\d+)(?:[.,](\d+))?$/.exec(text.trim());
  if (!match) return { ok: false, error: 'not_an_amount' };
  const digits = minorDigits(currency);
  if (digits === null) return { ok: false, error: 'not_a_currency' };
  const [, whole = '0', fraction = ''] = match;
  if (fraction.length > digits) return { ok: false, error: 'too_many_decimals' };
  const amount = Number(whole) * 10 ** digits + Number(fraction.padEnd(digits, '0') || '0');
  if (!Number.isSafeInteger(amount)) return { ok: false, error: 'too_large' };
  return { ok: true, amount };
}
