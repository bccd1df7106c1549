// Money as text, in one place for the API, the apps and the partner widget: how many decimals a
// currency has, an amount for shoppers, an amount for forms and CSV ("12.50"), and back.
// Amounts travel as integer minor units (cents); only this package turns them into text.
// Dependency-free (Intl only), so browsers, SvelteKit and the widget bundle can all use it.
export { minorDigits, minorUnitsPerMajor } from './currency-digits.ts';
export { formatMoney, type FormatMoneyOptions } from './format-money.ts';
export { parseDecimal, toDecimalString, type ParsedDecimal } from './decimal-text.ts';
export type { Money } from './money.ts';
