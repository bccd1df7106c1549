import type { StockStatus } from './types.ts';

/** Below this many units a variant shows as "only a few left". */
export const LOW_STOCK_THRESHOLD = 5;

/** A variant's option values from its JSON column, keeping only string values. */
export function toOptionValues(json: unknown): Record<string, string> {
  if (!json || typeof json !== 'object' || Array.isArray(json)) return {};
  return Object.fromEntries(Object.entries(json).filter((e): e is [string, string] => typeof e[1] === 'string'));
}

/** How a stock level is shown to shoppers. */
export function stockOf(stockOnHand: number): { status: StockStatus; quantity: number } {
  const quantity = Math.max(0, stockOnHand);
  return { status: quantity === 0 ? 'out_of_stock' : quantity < LOW_STOCK_THRESHOLD ? 'low_stock' : 'in_stock', quantity };
}
