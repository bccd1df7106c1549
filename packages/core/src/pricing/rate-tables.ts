// The store's tax and shipping rate tables as the engine reads them. Pricing is their one
// reader: checkout's settings and the comparison feeds' cheapest shipping both go through here.
import type { Prisma, PrismaClient } from '@tandem/db';
import type { ShippingMethodRows } from './shipping-rates.ts';

type Db = PrismaClient | Prisma.TransactionClient;

/** The active shipping methods with their rate rows, in the order the shop lists them. */
export async function activeShippingMethods(db: Db): Promise<ShippingMethodRows[]> {
  return db.shippingMethod.findMany({
    where: { active: true },
    orderBy: [{ position: 'asc' }, { code: 'asc' }],
    select: { code: true, name: true, rates: { select: { country: true, maxWeightGrams: true, amount: true, currency: true, freeOverAmount: true } } },
  });
}

/** The tax rate of a country in basis points, or null when the store has none (it does not sell there). */
export async function taxRateBpsOf(db: Db, country: string): Promise<number | null> {
  const taxRate = await db.taxRate.findUnique({ where: { country }, select: { rateBps: true } });
  return taxRate?.rateBps ?? null;
}
