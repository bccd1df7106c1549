// Money for shoppers and staff to read, in their locale: "€1,299.00", "¥1,500", "US$12.50".
import { minorDigits } from './currency-digits.ts';
import { toDecimalString } from './decimal-text.ts';
import type { Money } from './money.ts';

export interface FormatMoneyOptions {
  /** A BCP 47 locale ("en-IE"); the runtime's default (a browser: the visitor's) when absent. */
  locale?: string | undefined;
  /** Leave out the decimals of a whole amount: "€1,299" instead of "€1,299.00", but still "€12.50". */
  dropZeroDecimals?: boolean;
}

const formatters = new Map<string, Intl.NumberFormat>();

function formatter(currency: string, locale: string | undefined, whole: boolean): Intl.NumberFormat {
  const key = `${locale ?? ''}|${currency}|${whole}`;
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, { style: 'currency', currency, ...(whole ? { minimumFractionDigits: 0, maximumFractionDigits: 0 } : {}) });
    formatters.set(key, format);
  }
  return format;
}

/**
 * An amount as text for people, with the currency's own decimals (JPY none). A code Intl does not
 * know is written plainly ("12.50 XBT") instead of failing: a price is better shown than lost.
 *
 * @example formatMoney({ amount: 129900, currency: 'EUR' }, { locale: 'en-IE' }) // "€1,299.00"
 * @example formatMoney({ amount: 129900, currency: 'EUR' }, { locale: 'en-IE', dropZeroDecimals: true }) // "€1,299"
 */
export function formatMoney(money: Money, options: FormatMoneyOptions = {}): string {
  const digits = minorDigits(money.currency);
  if (digits === null) return `${toDecimalString(money)} ${money.currency}`;
  const major = money.amount / 10 ** digits;
  return formatter(money.currency, options.locale, options.dropZeroDecimals === true && Number.isInteger(major)).format(major);
}
