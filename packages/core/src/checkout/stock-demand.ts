import type { QuoteLine } from './types.ts';

/**
 * The stock an order takes, one entry per variant, sorted by variant id: each line's own variant
 * plus, for a configured line, its components (per-unit quantity × line quantity). The single
 * sort keeps the lock order global, so concurrent checkouts never deadlock.
 */
export function stockDemand(lines: readonly QuoteLine[]): { variantId: string; quantity: number; productTitle: string }[] {
  const demand = new Map<string, { variantId: string; quantity: number; productTitle: string }>();
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
