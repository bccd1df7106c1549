// Money display. Amounts travel as integer minor units; only this module turns them into text.

/** An amount in integer minor units (cents) and its ISO 4217 currency. */
export interface MoneyValue {
  amount: number;
  currency: string;
}

/** The storefront's display locale: Irish English writes euros as "€1,299.00". */
export const LOCALE = 'en-IE';

const formatters = new Map<string, Intl.NumberFormat>();

function formatter(currency: string, whole: boolean): Intl.NumberFormat {
  const key = `${currency}:${whole}`;
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.NumberFormat(LOCALE, {
      style: 'currency',
      currency,
      ...(whole ? { minimumFractionDigits: 0, maximumFractionDigits: 0 } : {}),
    });
    formatters.set(key, format);
  }
  return format;
}

/** How many minor units make one major unit (100 for EUR, 1 for JPY). */
export function minorUnitsPerMajor(currency: string): number {
  return 10 ** (formatter(currency, false).resolvedOptions().maximumFractionDigits ?? 2);
}

/**
 * Formats money for shoppers; whole amounts drop the cents ("€1,299", "€12.50").
 *
 * @example formatMoney({ amount: 129900, currency: 'EUR' }) // "€1,299"
 */
export function formatMoney(money: MoneyValue): string {
  const major = money.amount / minorUnitsPerMajor(money.currency);
  return formatter(money.currency, Number.isInteger(major)).format(major);
}

/** "€1,299" for one price, "from €1,299" when the variants' prices differ. */
export function formatPriceRange(range: { min: MoneyValue; max: MoneyValue }): string {
  const min = formatMoney(range.min);
  return range.min.amount === range.max.amount ? min : `from ${min}`;
}
