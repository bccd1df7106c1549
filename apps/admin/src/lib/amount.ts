// Amount fields of staff forms: minor units ↔ the text in the field ("12.50"), through
// @tandem/money (the one home of money text). Forms without a currency field are in the
// store's currency.
import { parseDecimal, toDecimalString } from '@tandem/money';

/** The currency of amount fields whose form does not ask for one. */
export const STORE_CURRENCY = 'EUR';

/** An amount typed by staff ("12.50", "12,5", "12") in minor units; null when it is not one. */
export function parseMinorUnits(text: string, currency: string = STORE_CURRENCY): number | null {
  const parsed = parseDecimal(text, currency);
  return parsed.ok ? parsed.amount : null;
}

/** Minor units as the text of an amount field ("12.50"); empty for no amount. */
export function amountText(amount: number | null, currency: string = STORE_CURRENCY): string {
  return amount === null ? '' : toDecimalString({ amount, currency });
}
