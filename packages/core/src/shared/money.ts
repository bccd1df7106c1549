// Money in core: the Money shape with its guard, and the store's ways of writing amounts, all
// from @tandem/money (the one home of money text, shared with the apps and the widget).
import { formatMoney as formatMoneyIn, type Money } from '@tandem/money';

export { toDecimalString, type Money } from '@tandem/money';

/** The locale of texts the store writes to shoppers (reasons, e-mails): Irish English, "€1,299.00", as the storefront. */
const STORE_LOCALE = 'en-IE';

/** Money from an amount that must already be whole minor units (a RangeError otherwise). */
export function money(amount: number, currency: string): Money {
  if (!Number.isSafeInteger(amount)) throw new RangeError(`Money amounts are whole minor units, got ${amount}`);
  return { amount, currency };
}

/**
 * An amount for a shopper-facing text in the store's locale, with the currency's decimals.
 *
 * @example formatMoney(5000, 'EUR') // "€50.00"
 */
export function formatMoney(amount: number, currency: string): string {
  return formatMoneyIn({ amount, currency }, { locale: STORE_LOCALE });
}
