// The store's settings a checkout needs for a destination: its own (currency, tax-inclusive
// prices, how long stock is reserved) plus pricing's tax rate and shipping methods there.
import type { Prisma, PrismaClient } from '@tandem/db';
import { activeShippingMethods, taxRateBpsOf, type ShippingMethodRows } from '../pricing/index.ts';
import type { PickupLocation } from '../orders/index.ts';
import { DomainError } from '../shared/index.ts';
import { collectInStoreMethod, pickupLocationOf, pickupSettings } from './collect-in-store.ts';

type Db = PrismaClient | Prisma.TransactionClient;

export interface CheckoutSettings {
  currency: string;
  pricesIncludeTax: boolean;
  reservationMinutes: number;
  taxRateBps: number;
  /** The delivery methods and, when the shop offers it, collecting in store (free). */
  methods: ShippingMethodRows[];
  /** Where and when to collect, when the shop offers collecting in store. */
  pickupLocation: PickupLocation | null;
}

/** The store's settings for a destination; the store sells only where it has a tax rate. */
export async function checkoutSettings(db: Db, country: string): Promise<CheckoutSettings> {
  // One after another: a transaction is one connection, which runs one query at a time.
  const settings = await db.storeSettings.findUnique({ where: { id: 'default' } });
  const taxRateBps = await taxRateBpsOf(db, country);
  const methods = await activeShippingMethods(db);
  const pickupLocation = pickupLocationOf(await pickupSettings(db));
  if (taxRateBps === null) {
    throw new DomainError('invalid_input', `Sorry, we do not deliver to ${country} yet.`, { country: ['Not a country we deliver to'] });
  }
  const currency = settings?.currency ?? 'EUR';
  const collect = collectInStoreMethod(pickupLocation, currency);
  return {
    currency,
    pricesIncludeTax: settings?.pricesIncludeTax ?? true,
    reservationMinutes: settings?.reservationMinutes ?? 60,
    taxRateBps,
    methods: collect ? [...methods, collect] : methods,
    pickupLocation,
  };
}
