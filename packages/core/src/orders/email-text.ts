// How order e-mails write money and moments: one home, so the confirmation, the payment reminder
// and the receipts read the same.
import { toDecimalString } from '../shared/index.ts';

/** "12.50 EUR": the amount with its currency's own decimals (none for JPY), then the code. */
export function formatted(amount: number, currency: string): string {
  return `${toDecimalString({ amount, currency })} ${currency}`;
}

/** A moment such as a payment deadline, in UTC so every reader sees the same time. */
export function moment(iso: string): string {
  return `${new Intl.DateTimeFormat('en-IE', { dateStyle: 'long', timeStyle: 'short', timeZone: 'UTC' }).format(new Date(iso))} UTC`;
}
