// Display helpers of the product page's compare-prices table: freshness ("updated 3 hours
// ago") and the schema.org Product + AggregateOffer JSON-LD that search engines read.
import type { AppRouter, inferRouterOutputs } from '@tandem/api';
import { minorUnitsPerMajor, type MoneyValue } from './money.ts';

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
  const per = minorUnitsPerMajor(money.currency);
  const digits = Math.round(Math.log10(per));
  return (money.amount / per).toFixed(digits);
}

/**
 * The product's JSON-LD with its offers as one schema.org AggregateOffer, serialised safely
 * for a `<script type="application/ld+json">` block (no `<` can close the script early).
 */
export function productJsonLd(product: { title: string; description: string; image: string | null; brand: string | null; url: string }, comparison: PriceComparison): string {
  const data = {
    '@context': 'https://schema.org',
    '@type': 'Product',
    name: product.title,
    description: product.description,
    ...(product.image ? { image: product.image } : {}),
    ...(product.brand ? { brand: { '@type': 'Brand', name: product.brand } } : {}),
    url: product.url,
    offers: {
      '@type': 'AggregateOffer',
      priceCurrency: comparison.currency,
      lowPrice: schemaPrice(comparison.lowPrice),
      highPrice: schemaPrice(comparison.highPrice),
      offerCount: comparison.offers.length,
    },
  };
  return JSON.stringify(data).replace(/</g, '\\u003c');
}

export const AVAILABILITY_LABELS: Record<ComparedOffer['availability'], string> = {
  IN_STOCK: 'In stock',
  OUT_OF_STOCK: 'Out of stock',
  PREORDER: 'Pre-order',
  BACKORDER: 'Backorder',
};
