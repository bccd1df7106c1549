import type { Prisma, PrismaClient } from '@tandem/db';
import { DomainError } from '../shared/index.ts';
import type { ShippingMethodRows } from './shipping-rates.ts';

type Db = PrismaClient | Prisma.TransactionClient;

export interface CheckoutSettings {
  currency: string;
  pricesIncludeTax: boolean;
  reservationMinutes: number;
  taxRateBps: number;
  methods: ShippingMethodRows[];
}

/** The store's settings for a destination; the store sells only where it has a tax rate. */
export async function checkoutSettings(db: Db, country: string): Promise<CheckoutSettings> {
  // One after another: a transaction is one connection, which runs one query at a time.
  const settings = await db.storeSettings.findUnique({ where: { id: 'default' } });
  const taxRate = await db.taxRate.findUnique({ where: { country } });
  const methods = await db.shippingMethod.findMany({
    where: { active: true },
    orderBy: [{ position: 'asc' }, { code: 'asc' }],
    select: { code: true, name: true, rates: { select: { country: true, maxWeightGrams: true, amount: true, currency: true, freeOverAmount: true } } },
  });
  if (!taxRate) {
    throw new DomainError('invalid_input', `Sorry, we do not deliver to ${country} yet.`, { country: ['Not a country we deliver to'] });
  }
  return {
    currency: settings?.currency ?? 'EUR',
    pricesIncludeTax: settings?.pricesIncludeTax ?? true,
    reservationMinutes: settings?.reservationMinutes ?? 60,
    taxRateBps: taxRate.rateBps,
    methods,
  };
}
