// Dates and money as staff read them. Formatted on the server, in one fixed locale and zone,
// so pages look the same whoever renders them.
import { formatMoney, type Money } from '@tandem/money';

const DATE_TIME = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' });

export function dateTime(value: Date | string): string {
  return `${DATE_TIME.format(new Date(value))} UTC`;
}

/** Minor units and an ISO currency code, e.g. `{ amount: 129900, currency: 'EUR' }` → "€1,299.00". */
export function money(value: Money): string {
  return formatMoney(value, { locale: 'en-GB' });
}
