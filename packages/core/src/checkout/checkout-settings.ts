// The store's settings a checkout needs for a destination: its own (currency, tax-inclusive
// prices, how long stock is reserved) plus pricing's tax rate and shipping methods there.
import type { Prisma, PrismaClient } from '@tandem/db';
import { activeShippingMethods, taxRateBpsOf, type ShippingMethodRows } from '../pricing/index.ts';
import { DomainError } from '../shared/index.ts';

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
  const taxRateBps = await taxRateBpsOf(db, country);
  const methods = await activeShippingMethods(db);
  if (taxRateBps === null) {
    throw new DomainError('invalid_input', `Sorry, we do not deliver to ${country} yet.`, { country: ['Not a country we deliver to'] });
  }
  return {
    currency: settings?.currency ?? 'EUR',
    pricesIncludeTax: settings?.pricesIncludeTax ?? true,
    reservationMinutes: settings?.reservationMinutes ?? 60,
    taxRateBps,
    methods,
  };
}
