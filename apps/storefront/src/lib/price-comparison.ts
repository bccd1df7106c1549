// Display helpers of the product page's compare-prices table: freshness ("updated 3 hours
// ago") and prices in schema.org's decimal form (the JSON-LD itself is built in seo/json-ld.ts).
import type { AppRouter, inferRouterOutputs } from '@tandem/api';
import { toDecimalString, type MoneyValue } from './money.ts';

export type PriceComparison = inferRouterOutputs<AppRouter>['offers']['forProduct'];
export type ComparedOffer = PriceComparison['offers'][number];

const relative = new Intl.RelativeTimeFormat('en', { numeric: 'auto' });
const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['day', 86_400_000],
  ['hour', 3_600_000],
  ['minute', 60_000],
];

/** "updated just now", "updated 3 hours ago", "updated yesterday", measured against `now`. */
export function updatedAgo(iso: string, now: Date): string {
  const elapsed = Math.max(0, now.getTime() - Date.parse(iso));
  for (const [unit, ms] of UNITS) {
    if (elapsed >= ms) return `updated ${relative.format(-Math.floor(elapsed / ms), unit)}`;
  }
  return 'updated just now';
}

/** "123.95": schema.org prices are decimal numbers in major units. */
export function schemaPrice(money: MoneyValue): string {
  return toDecimalString(money);
}

export const AVAILABILITY_LABELS: Record<ComparedOffer['availability'], string> = {
  IN_STOCK: 'In stock',
  OUT_OF_STOCK: 'Out of stock',
  PREORDER: 'Pre-order',
  BACKORDER: 'Backorder',
};
