// Money display in the storefront: @tandem/money (the one home of money text) in the
// storefront's locale, with whole amounts written without cents ("€1,299", "€12.50").
import { formatMoney as formatMoneyIn, type Money } from '@tandem/money';

export { minorUnitsPerMajor, parseDecimal, toDecimalString } from '@tandem/money';

/** An amount in integer minor units (cents) and its ISO 4217 currency. */
export type MoneyValue = Money;

/** The storefront's display locale: Irish English writes euros as "€1,299.00". */
export const LOCALE = 'en-IE';

/**
 * Formats money for shoppers; whole amounts drop the cents ("€1,299", "€12.50").
 *
 * @example formatMoney({ amount: 129900, currency: 'EUR' }) // "€1,299"
 */
export function formatMoney(money: MoneyValue): string {
  return formatMoneyIn(money, { locale: LOCALE, dropZeroDecimals: true });
}

/** "€1,299" for one price, "from €1,299" when the variants' prices differ. */
export function formatPriceRange(range: { min: MoneyValue; max: MoneyValue }): string {
  const min = formatMoney(range.min);
  return range.min.amount === range.max.amount ? min : `from ${min}`;
}
