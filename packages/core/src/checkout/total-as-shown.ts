// The shopper agrees to the total the checkout page showed them. Anything that moves it between
// that quote and the order (a price edit, a sale ending, a first-order discount that no longer
// applies to the e-mail given, a shipping rate change) refuses the order with the new total
// rather than charging an amount the shopper never saw.
import { DomainError, formatMoney } from '../shared/index.ts';

/** Throws a conflict naming both totals when `shown` is given and the order's total differs. */
export function assertTotalAsShown(quote: { total: { amount: number }; currency: string }, shown: number | undefined): void {
  if (shown === undefined || shown === quote.total.amount) return;
  throw new DomainError(
    'conflict',
    `The total is now ${formatMoney(quote.total.amount, quote.currency)}, not the ${formatMoney(shown, quote.currency)} shown. Please check your order and place it again.`,
  );
}
