// "Collect in store": a shipping method the shop offers from its pickup settings (admin →
// Settings → Pickup), free, with the store's address and opening hours recorded on the order.
// It enters the pricing engine as one more shipping method at 0, so totals, promotions and tax
// are computed on the server exactly as for delivery.
import type { Prisma, PrismaClient } from '@tandem/db';
import type { PickupLocation } from '../orders/index.ts';
import type { ShippingMethodRows } from '../pricing/index.ts';

type Db = PrismaClient | Prisma.TransactionClient;

/** The shipping method code of collecting in store; pay on pickup is offered only with it. */
export const COLLECT_IN_STORE = 'collect_in_store';

/** The settings row's columns (defaults when the shop never saved any: off). */
export type PickupSettings = Omit<Prisma.PickupSettingsGetPayload<object>, 'id'>;

export const DEFAULT_PICKUP_SETTINGS: PickupSettings = { enabled: false, address: '', openingHours: '' };

/** The shop's pickup settings. */
export async function pickupSettings(db: Db): Promise<PickupSettings> {
  const row = await db.pickupSettings.findUnique({ where: { id: 'default' } });
  if (!row) return { ...DEFAULT_PICKUP_SETTINGS };
  const { id: _id, ...settings } = row;
  return settings;
}

/** Where to collect, when the shop offers collecting in store (enabled, with an address). */
export function pickupLocationOf(settings: PickupSettings): PickupLocation | null {
  if (!settings.enabled || !settings.address.trim()) return null;
  return { address: settings.address, openingHours: settings.openingHours };
}

/** Collecting in store as a shipping method of the engine: free in any country and weight. */
export function collectInStoreMethod(location: PickupLocation | null, currency: string): ShippingMethodRows | null {
  if (!location) return null;
  return {
    code: COLLECT_IN_STORE,
    name: 'Collect in store',
    rates: [{ country: null, maxWeightGrams: null, amount: 0, currency, freeOverAmount: null }],
  };
}
