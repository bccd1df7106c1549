// The units of stock an order holds: what placing it takes off the shelf and what cancelling it
// puts back. One function for both, so a configured line's components can never be taken by
// checkout and forgotten by a cancellation.
import type { OrderLineItem } from './types.ts';

/** What stock accounting needs of a line: its own variant, quantity and configuration. */
export type StockLine = Pick<OrderLineItem, 'productTitle' | 'quantity' | 'configuration'> & { variantId: string };

/** Units of one variant an order holds, with the title to name in a shortage message. */
export interface StockDemand {
  variantId: string;
  quantity: number;
  productTitle: string;
}

/**
 * The stock an order takes, one entry per variant, sorted by variant id: each line's own variant
 * plus, for a configured line, its components (per-unit quantity × line quantity). The single
 * sort keeps the lock order global, so concurrent checkouts never deadlock.
 */
export function stockDemand(lines: readonly StockLine[]): StockDemand[] {
  const demand = new Map<string, StockDemand>();
  const add = (variantId: string, quantity: number, productTitle: string) => {
    const entry = demand.get(variantId);
    if (entry) entry.quantity += quantity;
    else demand.set(variantId, { variantId, quantity, productTitle });
  };
  for (const line of lines) {
    add(line.variantId, line.quantity, line.productTitle);
    for (const component of line.configuration?.components ?? []) add(component.variantId, component.quantity * line.quantity, `A part of ${line.productTitle}`);
  }
  return [...demand.values()].sort((a, b) => (a.variantId < b.variantId ? -1 : a.variantId > b.variantId ? 1 : 0));
}
