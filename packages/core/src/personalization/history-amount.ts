// The amount of one imported order line in minor units, from the decimal text of its unit price.
// Exact integer arithmetic through @tandem/money's parser, and the currency's own number of
// decimals: "1200" JPY is 1200 yen, not 120000 (what multiplying every price by 100 gave).
import { parseDecimal } from '@tandem/money';

/**
 * Unit price text × quantity in minor units of `currency`, or the reason it is not an amount.
 *
 * @example historicalLineAmount('2.55', 'GBP', 6) // { ok: true, amount: 1530 }
 */
export function historicalLineAmount(price: string, currency: string, quantity: number): { ok: true; amount: number } | { ok: false; reason: string } {
  const parsed = parseDecimal(price, currency);
  if (parsed.ok) return { ok: true, amount: parsed.amount * quantity };
  const reasons = {
    not_an_amount: 'The price is not an amount',
    not_a_currency: `"${currency}" is not a known currency`,
    too_many_decimals: `The price has more decimals than ${currency} allows`,
    too_large: 'The price is too large',
  } as const;
  return { ok: false, reason: reasons[parsed.error] };
}
