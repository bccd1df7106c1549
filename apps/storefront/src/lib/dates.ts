// Dates for shoppers. One fixed time zone (the shop's), so the server and the browser render
// the same text and hydration never disagrees.
import { LOCALE } from './money.ts';

export const SHOP_TIME_ZONE = 'Europe/Amsterdam';

const dateFormat = new Intl.DateTimeFormat(LOCALE, { dateStyle: 'medium', timeZone: SHOP_TIME_ZONE });
const dateTimeFormat = new Intl.DateTimeFormat(LOCALE, { dateStyle: 'medium', timeStyle: 'short', timeZone: SHOP_TIME_ZONE });

/** "23 Nov 2026" */
export function formatDate(iso: string): string {
  return dateFormat.format(new Date(iso));
}

/** "23 Nov 2026, 16:53" */
export function formatDateTime(iso: string): string {
  return dateTimeFormat.format(new Date(iso));
}
