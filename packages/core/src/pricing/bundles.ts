// Bundle discounts. A fixed set is one unit of each listed variant; a build-your-own bundle is
// any N units from the collection (the promotion's targets), filled from the most expensive units
// first — the combination that saves the shopper most. The discount is a percentage of the
// bundled units' price (half up per line) or a fixed amount off each bundle (largest remainder
// over the bundled units, never more than they cost).
import { targetLines, type LineState } from './eligibility.ts';
import { allocate, percentOf } from './rounding.ts';
import type { PromotionRule } from './types.ts';

/** How many units of each line go into bundles, and how many bundles that makes. */
function bundledUnits(p: PromotionRule, lines: readonly LineState[]): { units: number[]; bundles: number } {
  const targets = new Set(targetLines(p, lines).map((l) => l.key));
  const units = lines.map(() => 0);
  if (p.bundleVariantIds.length > 0) {
    const have = (v: string) => lines.reduce((sum, l) => sum + (l.variantId === v && targets.has(l.key) ? l.quantity : 0), 0);
    const bundles = Math.min(...p.bundleVariantIds.map(have));
    for (const variantId of p.bundleVariantIds) {
      let needed = bundles;
      lines.forEach((l, i) => {
        if (l.variantId !== variantId || needed === 0) return;
        const take = Math.min(needed, l.quantity);
        units[i]! += take;
        needed -= take;
      });
    }
    return { units, bundles };
  }
  const pick = p.bundlePickQuantity ?? 2;
  const pool = lines
    .map((l, i) => ({ i, price: l.unitAmount, quantity: targets.has(l.key) ? l.quantity : 0 }))
    .sort((a, b) => b.price - a.price || a.i - b.i);
  const total = pool.reduce((sum, u) => sum + u.quantity, 0);
  const bundles = Math.floor(total / pick);
  let left = bundles * pick;
  for (const u of pool) {
    const take = Math.min(left, u.quantity);
    units[u.i] = take;
    left -= take;
  }
  return { units, bundles };
}

export function bundleDiscounts(p: PromotionRule, lines: readonly LineState[], remaining: readonly number[]): number[] {
  const { units, bundles } = bundledUnits(p, lines);
  const value = units.map((n, i) => Math.min(remaining[i]!, n * lines[i]!.unitAmount));
  if (p.amount !== null) {
    const total = Math.min(p.amount * bundles, value.reduce((a, b) => a + b, 0));
    return allocate(total, value);
  }
  return value.map((v) => Math.min(v, percentOf(v, p.percentBps ?? 0)));
}
