// When and how much of an order can still be returned: only a shipped order (fulfilled or
// delivered), within the shop's window counted from delivery (from shipping when delivery was
// never recorded), and per line only the units no earlier return (other than a rejected one)
// already claims. Pure, so the request, the order page and the tests read one rule.
import type { OrderStatus, ReturnStatus } from '@tandem/db';

/** How long after delivery a shopper may ask to return items. */
export interface ReturnPolicy {
  windowDays: number;
}

/** The window when the shop configures none (RETURN_WINDOW_DAYS). */
export const DEFAULT_RETURN_WINDOW_DAYS = 30;

/** The last moment a return can be asked for, or null when the order has not shipped (or is not returnable at all). */
export function returnDeadline(order: { status: OrderStatus; fulfilledAt: Date | null; deliveredAt: Date | null }, policy: ReturnPolicy): Date | null {
  if (order.status !== 'FULFILLED' && order.status !== 'DELIVERED') return null;
  const from = order.deliveredAt ?? order.fulfilledAt;
  return from ? new Date(from.getTime() + policy.windowDays * 24 * 60 * 60_000) : null;
}

/** Units of each order line that earlier returns claim (rejected returns give their units back). */
export function claimedUnits(returns: readonly { status: ReturnStatus; lines: readonly { orderLineId: string; quantity: number }[] }[]): Map<string, number> {
  const claimed = new Map<string, number>();
  for (const r of returns) {
    if (r.status === 'REJECTED') continue;
    for (const l of r.lines) claimed.set(l.orderLineId, (claimed.get(l.orderLineId) ?? 0) + l.quantity);
  }
  return claimed;
}

/** Units of each line that can still be returned. */
export function returnableUnits(lines: readonly { id: string; quantity: number }[], claimed: ReadonlyMap<string, number>): Map<string, number> {
  return new Map(lines.map((l) => [l.id, Math.max(0, l.quantity - (claimed.get(l.id) ?? 0))]));
}
