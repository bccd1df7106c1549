// Where and when an order is collected in store, as the order keeps it (`Order.pickupLocation`,
// a copy of the shop's pickup settings when it was placed, so later edits do not rewrite it).
import type { Prisma } from '@tandem/db';

/** Where and when to collect an order (a type, not an interface: it travels in job payloads as JSON). */
export type PickupLocation = {
  address: string;
  openingHours: string;
};

/** The JSON written to `Order.pickupLocation`. */
export function pickupLocationJson(location: PickupLocation): Prisma.InputJsonObject {
  return { address: location.address, openingHours: location.openingHours };
}

/** The order's pickup location read back; null when the order is delivered. */
export function pickupLocationOf(json: Prisma.JsonValue | null): PickupLocation | null {
  if (!json || typeof json !== 'object' || Array.isArray(json)) return null;
  const address = typeof json.address === 'string' ? json.address : '';
  const openingHours = typeof json.openingHours === 'string' ? json.openingHours : '';
  return address ? { address, openingHours } : null;
}
