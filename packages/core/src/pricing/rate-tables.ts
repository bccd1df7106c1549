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

interface MethodRateRow {
  taxRateBps: number | null;
  code: string | null;
  name: string | null;
  country: string | null;
  maxWeightGrams: number | null;
  amount: number | null;
  currency: string | null;
  freeOverAmount: number | null;
}

/**
 * What checkout prices a destination with, in one statement: the country's tax rate (null when
 * the store does not sell there) and the active shipping methods with their rate rows, as
 * {@link taxRateBpsOf} and {@link activeShippingMethods} read them. Every order's transaction reads
 * this, where the two (three with Prisma's nested rates) were a round trip each.
 */
export async function taxAndShippingOf(db: Db, country: string): Promise<{ taxRateBps: number | null; methods: ShippingMethodRows[] }> {
  const rows = await db.$queryRaw<MethodRateRow[]>`
    SELECT (SELECT t."rateBps" FROM "TaxRate" t WHERE t.country = ${country}) AS "taxRateBps",
           m.code, m.name, r.country, r."maxWeightGrams", r.amount, r.currency, r."freeOverAmount"
    FROM (SELECT 1) AS one
    LEFT JOIN "ShippingMethod" m ON m.active
    LEFT JOIN "ShippingRate" r ON r."methodId" = m.id
    ORDER BY m.position, m.code`;
  const methods: ShippingMethodRows[] = [];
  for (const row of rows) {
    if (row.code === null || row.name === null) continue;
    let method = methods.at(-1);
    if (method?.code !== row.code) methods.push((method = { code: row.code, name: row.name, rates: [] }));
    if (row.amount !== null && row.currency !== null) {
      method.rates.push({ country: row.country, maxWeightGrams: row.maxWeightGrams, amount: row.amount, currency: row.currency, freeOverAmount: row.freeOverAmount });
    }
  }
  return { taxRateBps: rows[0]?.taxRateBps ?? null, methods };
}
