// Dates and money as staff read them. Formatted on the server, in one fixed locale and zone,
// so pages look the same whoever renders them.

const DATE_TIME = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' });

export function dateTime(value: Date | string): string {
  return `${DATE_TIME.format(new Date(value))} UTC`;
}

/** Minor units and an ISO currency code, e.g. `{ amount: 129900, currency: 'EUR' }` → "€1,299.00". */
export function money(value: { amount: number; currency: string }): string {
  const format = new Intl.NumberFormat('en-GB', { style: 'currency', currency: value.currency });
  const digits = format.resolvedOptions().maximumFractionDigits ?? 2;
  return format.format(value.amount / 10 ** digits);
}
