// Applies one combination of promotions to lines: product-class promotions first, then
// order-class ones on what is left, each capped so no line goes below zero. Shipping-class
// promotions are settled by the caller once shipping is priced.
import { discountClassOf, targetLines, type LineState } from './eligibility.ts';
import { bundleDiscounts } from './bundles.ts';
import { allocate, percentOf } from './rounding.ts';
import type { DiscountClass, PromotionRule } from './types.ts';

export interface PromotionEffect {
  promotion: PromotionRule;
  discountClass: DiscountClass;
  /** Discount per line, in the order of the lines given. */
  perLine: number[];
  total: number;
}

const classOrder: Record<DiscountClass, number> = { PRODUCT: 0, ORDER: 1, SHIPPING: 2 };

/** The deterministic order promotions of a combination apply in: by class, then by id. */
export function applicationOrder(set: readonly PromotionRule[]): PromotionRule[] {
  return [...set].sort((a, b) => classOrder[discountClassOf(a)] - classOrder[discountClassOf(b)] || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

export function applyPromotions(lines: readonly LineState[], set: readonly PromotionRule[]): { effects: PromotionEffect[]; remaining: number[] } {
  const remaining = lines.map((l) => l.unitAmount * l.quantity);
  const effects = applicationOrder(set).map((promotion) => {
    const perLine = discountsOf(promotion, lines, remaining);
    perLine.forEach((d, i) => (remaining[i]! -= d));
    return { promotion, discountClass: discountClassOf(promotion), perLine, total: perLine.reduce((a, b) => a + b, 0) };
  });
  return { effects, remaining };
}

function discountsOf(p: PromotionRule, lines: readonly LineState[], remaining: readonly number[]): number[] {
  const targets = new Set(targetLines(p, lines).map((l) => l.key));
  const idx = lines.map((l, i) => (targets.has(l.key) ? i : -1)).filter((i) => i >= 0);
  const out = lines.map(() => 0);
  switch (p.kind) {
    case 'PERCENT':
      for (const i of idx) out[i] = Math.min(remaining[i]!, percentOf(remaining[i]!, p.percentBps ?? 0));
      break;
    case 'FIXED_AMOUNT': {
      const base = idx.map((i) => remaining[i]!);
      const total = Math.min(p.amount ?? 0, base.reduce((a, b) => a + b, 0));
      allocate(total, base).forEach((d, j) => (out[idx[j]!] = d));
      break;
    }
    case 'BUY_X_GET_Y':
      buyXGetY(p, lines, idx, remaining, out);
      break;
    case 'GIFT_WITH_PURCHASE': {
      const gift = lines.findIndex((l) => l.variantId === p.giftVariantId);
      if (gift >= 0) out[gift] = Math.min(remaining[gift]!, lines[gift]!.unitAmount);
      break;
    }
    case 'BUNDLE':
      return bundleDiscounts(p, lines, remaining);
    case 'FREE_SHIPPING':
      break;
  }
  return out;
}

/** Every (buy + get) eligible units, the `get` cheapest of them are discounted; ties go to the earlier line. */
function buyXGetY(p: PromotionRule, lines: readonly LineState[], idx: readonly number[], remaining: readonly number[], out: number[]): void {
  const buy = p.buyQuantity ?? 1;
  const get = p.getQuantity ?? 1;
  const units = idx.flatMap((i) => Array.from({ length: lines[i]!.quantity }, () => ({ i, price: lines[i]!.unitAmount })));
  units.sort((a, b) => a.price - b.price || a.i - b.i);
  const free = Math.floor(units.length / (buy + get)) * get;
  for (const unit of units.slice(0, free)) out[unit.i]! += percentOf(unit.price, p.percentBps ?? 10_000);
  for (const i of idx) out[i] = Math.min(out[i]!, remaining[i]!);
}
