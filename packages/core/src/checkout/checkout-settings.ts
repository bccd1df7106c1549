// The store's settings a checkout needs for a destination: its own (currency, tax-inclusive
// prices, how long stock is reserved) plus pricing's tax rate and shipping methods there.
import type { Prisma, PrismaClient } from '@tandem/db';
import { taxAndShippingOf, type ShippingMethodRows } from '../pricing/index.ts';
import type { PickupLocation } from '../orders/index.ts';
import { DomainError } from '../shared/index.ts';
import { collectInStoreMethod, DEFAULT_PICKUP_SETTINGS, pickupLocationOf, type PickupSettings } from './collect-in-store.ts';

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
  const { settings, pickup } = await storeAndPickupSettings(db);
  const { taxRateBps, methods } = await taxAndShippingOf(db, country);
  const pickupLocation = pickupLocationOf(pickup);
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

interface SettingsRow {
  currency: string | null;
  pricesIncludeTax: boolean | null;
  reservationMinutes: number | null;
  enabled: boolean | null;
  address: string | null;
  openingHours: string | null;
}

/**
 * The store's and the pickup settings (each a single row that may not exist yet) in one
 * statement: every order reads them, and each statement is a round trip in its transaction.
 */
async function storeAndPickupSettings(db: Db): Promise<{ settings: Pick<SettingsRow, 'currency' | 'pricesIncludeTax' | 'reservationMinutes'> | null; pickup: PickupSettings }> {
  const [row] = await db.$queryRaw<SettingsRow[]>`
    SELECT s."currency", s."pricesIncludeTax", s."reservationMinutes", p."enabled", p."address", p."openingHours"
    FROM (SELECT 1) AS one
    LEFT JOIN "StoreSettings" s ON s."id" = 'default'
    LEFT JOIN "PickupSettings" p ON p."id" = 'default'`;
  const settings = row && row.currency !== null ? { currency: row.currency, pricesIncludeTax: row.pricesIncludeTax, reservationMinutes: row.reservationMinutes } : null;
  const pickup = row && row.enabled !== null ? { enabled: row.enabled, address: row.address ?? '', openingHours: row.openingHours ?? '' } : { ...DEFAULT_PICKUP_SETTINGS };
  return { settings, pickup };
}
