// The cheapest way the store ships one item to a country, for comparing its price with other
// shops' (price + shipping). Same rate tables and rules as a checkout quote.
import type { Prisma, PrismaClient } from '@tandem/db';
import { activeShippingMethods } from './rate-tables.ts';
import { shippingOptions } from './shipping-rates.ts';

type Db = PrismaClient | Prisma.TransactionClient;

export interface ShippedItem {
  weightGrams: number;
  goodsAmount: number;
  currency: string;
}

/**
 * For each item, the cheapest active shipping method's price to `country` when it is the only
 * thing in the parcel, or null when no method ships it.
 */
export async function cheapestShipping(db: Db, country: string, items: readonly ShippedItem[]): Promise<(number | null)[]> {
  const methods = await activeShippingMethods(db);
  return items.map((item) => {
    const amounts = shippingOptions(methods, { country, weightGrams: item.weightGrams, goodsAmount: item.goodsAmount, currency: item.currency }).map((o) => o.amount);
    return amounts.length ? Math.min(...amounts) : null;
  });
}
