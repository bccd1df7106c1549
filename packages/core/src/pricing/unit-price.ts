// A line's unit price before promotions: the base price, replaced by the customer group's price
// list, lowered by the volume tier the quantity reaches and by a clearance price, then the
// configuration's deltas.
import { isInWindow } from './validity.ts';
import type { CustomerGroup, PriceListRule, PriceStep, PricingLineInput, VolumeTierRule } from './types.ts';

export interface UnitPriceRules {
  priceLists: readonly PriceListRule[];
  tiers: readonly VolumeTierRule[];
  clearance?: Readonly<Record<string, { amount: number; name: string }>>;
}

/** The unit price and the steps that explain it. A tier only ever lowers the price. */
export function unitPriceOf(
  line: PricingLineInput,
  group: CustomerGroup,
  currency: string,
  now: Date,
  rules: UnitPriceRules,
): { unitAmount: number; steps: PriceStep[] } {
  let unit = line.baseUnitAmount;
  const steps: PriceStep[] = [{ kind: 'base', label: 'Catalog price', unitAmount: unit, amount: unit * line.quantity }];
  if (line.dealUnit) {
    const deal = line.dealUnit.amount;
    steps.push({ kind: 'group_buy', label: line.dealUnit.label, unitAmount: deal, amount: (deal - unit) * line.quantity });
    return { unitAmount: deal, steps };
  }
  const list = priceListFor(line.variantId, group, currency, now, rules.priceLists);
  if (list && list.amount !== unit) {
    steps.push({ kind: 'price_list', label: `${list.name} price`, unitAmount: list.amount, amount: (list.amount - unit) * line.quantity });
    unit = list.amount;
  }
  const tier = tierFor(line.variantId, line.quantity, rules.tiers);
  if (tier && tier.unitAmount < unit) {
    steps.push({ kind: 'tier', label: `Volume price from ${tier.minQuantity} units`, unitAmount: tier.unitAmount, amount: (tier.unitAmount - unit) * line.quantity });
    unit = tier.unitAmount;
  }
  const clearance = rules.clearance?.[line.variantId];
  if (clearance && clearance.amount < unit) {
    steps.push({ kind: 'clearance', label: clearance.name, unitAmount: clearance.amount, amount: (clearance.amount - unit) * line.quantity });
    unit = clearance.amount;
  }
  for (const delta of line.configurationDeltas ?? []) {
    // A reduction can never take the unit price below zero.
    const applied = Math.max(delta.amount, -unit);
    unit += applied;
    steps.push({ kind: 'configuration', label: delta.label, unitAmount: unit, amount: applied * line.quantity });
  }
  return { unitAmount: unit, steps };
}

/** The valid price list entry for the group; when several lists price the variant, the lowest wins. */
function priceListFor(variantId: string, group: CustomerGroup, currency: string, now: Date, lists: readonly PriceListRule[]) {
  let best: { name: string; amount: number } | null = null;
  for (const list of lists) {
    if (list.customerGroup !== group || list.currency !== currency || !isInWindow(list, now)) continue;
    const amount = list.prices[variantId];
    if (amount !== undefined && (best === null || amount < best.amount)) best = { name: list.name, amount };
  }
  return best;
}

/**
 * The cheapest tier the quantity reaches (normally the highest one; taking the cheapest means a
 * badly ordered tier table can never make one more unit raise the unit price). Ties go to the
 * lower threshold.
 */
export function tierFor(variantId: string, quantity: number, tiers: readonly VolumeTierRule[]): VolumeTierRule | null {
  let best: VolumeTierRule | null = null;
  for (const tier of tiers) {
    if (tier.variantId !== variantId || tier.minQuantity > quantity) continue;
    if (best === null || tier.unitAmount < best.unitAmount || (tier.unitAmount === best.unitAmount && tier.minQuantity < best.minQuantity)) best = tier;
  }
  return best;
}
