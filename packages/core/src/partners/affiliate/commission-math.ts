// The money of a commission, as pure functions (property-tested):
// - earned: percent = round half up of base × bps / 10 000; fixed = amount × units, never more
//   than the base (a commission never exceeds what was paid for the goods);
// - after refunds: the commission shrinks in proportion to what is left of the order's payment,
//   rounded down, so it is never negative, never more than earned, zero after a full refund,
//   and never grows when more is refunded.
import type { CommissionRate } from './commission-rules.ts';

/** The commission earned on `baseAmount` (goods paid on the line, minor units) for `quantity` units. */
export function earnedCommission(rate: CommissionRate, baseAmount: number, quantity: number): number {
  if (baseAmount <= 0) return 0;
  if (rate.kind === 'PERCENT') return Math.min(baseAmount, Math.floor((baseAmount * rate.percentBps + 5_000) / 10_000));
  return Math.min(baseAmount, rate.fixedAmount * quantity);
}

/**
 * What is left of an earned commission once `refundedAmount` of the order's `paidAmount` went
 * back. Computed from cumulative amounts, so applying the same refund twice changes nothing.
 */
export function commissionAfterRefunds(earned: number, paidAmount: number, refundedAmount: number): number {
  if (earned <= 0 || paidAmount <= 0) return 0;
  const kept = Math.max(0, paidAmount - Math.min(refundedAmount, paidAmount));
  return Math.floor((earned * kept) / paidAmount);
}

/** The goods actually paid on an order line: its total after discounts, without tax (shipping is never on a line). */
export function goodsPaid(line: { lineTotalAmount: number; taxAmount: number }, pricesIncludeTax: boolean): number {
  return Math.max(0, pricesIncludeTax ? line.lineTotalAmount - line.taxAmount : line.lineTotalAmount);
}
