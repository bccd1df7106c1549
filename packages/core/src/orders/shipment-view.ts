// How an order shipped, read back for the order pages: the tracking number is on the order,
// the carrier and tracking link in the data of its latest `fulfilled` timeline entry.
import type { Shipment } from './types.ts';

/** The shipment of an order (null before it ships), from the order row and its timeline. */
export function shipmentOf(
  order: { trackingNumber: string | null; fulfilledAt: Date | null },
  events: readonly { type: string; data: unknown }[],
): (Shipment & { fulfilledAt: string }) | null {
  if (!order.fulfilledAt || !order.trackingNumber) return null;
  const data = events.findLast((e) => e.type === 'fulfilled')?.data as { carrier?: unknown; trackingUrl?: unknown } | undefined;
  return {
    carrier: typeof data?.carrier === 'string' ? data.carrier : '',
    trackingNumber: order.trackingNumber,
    trackingUrl: typeof data?.trackingUrl === 'string' ? data.trackingUrl : null,
    fulfilledAt: order.fulfilledAt.toISOString(),
  };
}

/**
 * Each refund of an order, oldest first, from its timeline: an offline refund's entry names its
 * amount; a provider's names the refunded total after it, so its amount is the growth.
 */
export function refundsOf(events: readonly { type: string; data: unknown; at: Date }[]): { amount: number; at: Date }[] {
  const refunds: { amount: number; at: Date }[] = [];
  let total = 0;
  for (const e of events) {
    const data = (e.data ?? {}) as { amount?: unknown; refunded?: unknown };
    if (e.type === 'refunded' && typeof data.amount === 'number') {
      refunds.push({ amount: data.amount, at: e.at });
      total += data.amount;
    } else if (typeof data.refunded === 'number' && data.refunded > total) {
      refunds.push({ amount: data.refunded - total, at: e.at });
      total = data.refunded;
    }
  }
  return refunds;
}
