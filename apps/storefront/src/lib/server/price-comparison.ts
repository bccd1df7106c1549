// Loads a product's compare-prices table. Price comparison is an extra: when it fails the
// product page still renders, without the table.
import type { PriceComparison } from '$lib/price-comparison';
import type { Api } from './api';
import { describeApiError } from '@tandem/web-kit/api-error';

export interface LoadedComparison {
  table: PriceComparison;
  /** The server's clock when the table was read, so "updated 3 hours ago" renders the same on both sides. */
  now: string;
}

export async function loadPriceComparison(api: Api, slug: string): Promise<LoadedComparison | null> {
  try {
    return { table: await api.offers.forProduct.query({ slug }), now: new Date().toISOString() };
  } catch (cause) {
    // An unknown product is the page's own 404; anything else is worth a line in the log.
    if (describeApiError(cause).status === 404) return null;
    console.warn(`Price comparison for ${slug} is unavailable:`, cause instanceof Error ? cause.message : cause);
    return null;
  }
}
