// The pure rules of a group buy: which tier a number of buyers reaches, what a joiner is
// authorised for, and what everyone is charged at the close. A tier once reached stays reached
// (the deal's peak participant count), so leaving never raises the price above what anyone
// authorised, and everyone pays the same final unit price.
import { taxOf } from '../pricing/index.ts';

/** From `minParticipants` buyers on, one unit costs `unitAmount`. */
export interface GroupBuyTierRule {
  minParticipants: number;
  unitAmount: number;
}

/** The cheapest tier `participants` reach; the first tier (from 1 buyer) when none is reached. */
export function tierAt(tiers: readonly GroupBuyTierRule[], participants: number): GroupBuyTierRule {
  const sorted = [...tiers].sort((a, b) => a.minParticipants - b.minParticipants);
  if (sorted.length === 0) throw new RangeError('A group buy needs at least one tier');
  let best = sorted[0]!;
  for (const tier of sorted) if (tier.minParticipants <= participants && tier.unitAmount < best.unitAmount) best = tier;
  return best;
}

/** The next cheaper tier above `participants`, or null at the bottom of the ladder. */
export function nextTier(tiers: readonly GroupBuyTierRule[], participants: number): GroupBuyTierRule | null {
  const current = tierAt(tiers, participants);
  const ahead = tiers.filter((t) => t.minParticipants > participants && t.unitAmount < current.unitAmount);
  return ahead.sort((a, b) => a.minParticipants - b.minParticipants)[0] ?? null;
}

/** Where a deal stands: buyers now, the most it ever had. */
export interface GroupBuyCount {
  active: number;
  peak: number;
}

/** A join: the new count and the unit price the joiner is authorised for (their own join counts). */
export function afterJoin(tiers: readonly GroupBuyTierRule[], count: GroupBuyCount): GroupBuyCount & { unitAmount: number } {
  const active = count.active + 1;
  const peak = Math.max(count.peak, active);
  return { active, peak, unitAmount: tierAt(tiers, peak).unitAmount };
}

/** A leave: one buyer less now; the peak (and so the tier reached) stays. */
export function afterLeave(count: GroupBuyCount): GroupBuyCount {
  return { active: Math.max(0, count.active - 1), peak: count.peak };
}

/** The close: met the minimum → the final unit price of the tier the peak reached; else null (release everyone). */
export function closeOutcome(tiers: readonly GroupBuyTierRule[], count: GroupBuyCount, minParticipants: number): { finalUnitAmount: number } | null {
  return count.active >= minParticipants ? { finalUnitAmount: tierAt(tiers, count.peak).unitAmount } : null;
}

/** A participant's order as it was authorised. */
export interface AuthorisedOrder {
  quantity: number;
  shippingAmount: number;
  authorizedAmount: number;
  taxRateBps: number;
  pricesIncludeTax: boolean;
}

/** The order re-priced at the final unit price: goods at that price, shipping as at join, tax as at join. */
export interface FinalCharge {
  lineTotalAmount: number;
  lineTaxAmount: number;
  taxAmount: number;
  totalAmount: number;
}

export function finalCharge(order: AuthorisedOrder, finalUnitAmount: number): FinalCharge {
  const lineTotalAmount = finalUnitAmount * order.quantity;
  const lineTaxAmount = taxOf(lineTotalAmount, order.taxRateBps, order.pricesIncludeTax);
  const taxAmount = lineTaxAmount + taxOf(order.shippingAmount, order.taxRateBps, order.pricesIncludeTax);
  const totalAmount = lineTotalAmount + order.shippingAmount + (order.pricesIncludeTax ? 0 : taxAmount);
  if (totalAmount > order.authorizedAmount) {
    // Cannot happen while tiers only go down from the join price; refuse rather than overcharge.
    throw new RangeError(`The final charge ${totalAmount} exceeds the ${order.authorizedAmount} authorised`);
  }
  return { lineTotalAmount, lineTaxAmount, taxAmount, totalAmount };
}

/** The tier ladder as the deal page shows it. */
export function ladderOf(tiers: readonly GroupBuyTierRule[], peak: number) {
  const current = tierAt(tiers, peak);
  return [...tiers]
    .sort((a, b) => a.minParticipants - b.minParticipants)
    .map((t) => ({ ...t, reached: t.minParticipants <= Math.max(1, peak), current: t.minParticipants === current.minParticipants }));
}
