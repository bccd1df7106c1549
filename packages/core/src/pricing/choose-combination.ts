// Stacking: each promotion lists the discount classes it combines with; two promotions can be
// used together only when each accepts the other's class. Among the allowed combinations the
// engine picks the one where the shopper pays least; ties go to the larger combination, then to
// the one whose sorted ids come first — so the same cart always gets the same choice.
import { discountClassOf } from './eligibility.ts';
import type { PromotionRule } from './types.ts';

/** At most this many eligible promotions (the most valuable alone) are searched exhaustively: 2^10 combinations. */
export const MAX_SEARCHED = 10;

export function combinable(a: PromotionRule, b: PromotionRule): boolean {
  return a.combinesWith.includes(discountClassOf(b)) && b.combinesWith.includes(discountClassOf(a));
}

/**
 * The best allowed combination of `candidates` under `costOf` (what the shopper pays with a
 * combination). Candidates should come most valuable first; only the first MAX_SEARCHED are used.
 */
export function chooseCombination(candidates: readonly PromotionRule[], costOf: (set: readonly PromotionRule[]) => number): PromotionRule[] {
  const pool = candidates.slice(0, MAX_SEARCHED);
  let best: { set: PromotionRule[]; cost: number; ids: string } = { set: [], cost: costOf([]), ids: '' };
  const visit = (start: number, set: PromotionRule[]) => {
    for (let i = start; i < pool.length; i++) {
      const next = pool[i]!;
      if (!set.every((p) => combinable(p, next))) continue;
      const extended = [...set, next];
      const cost = costOf(extended);
      const ids = extended.map((p) => p.id).sort().join(',');
      if (cost < best.cost || (cost === best.cost && (extended.length > best.set.length || (extended.length === best.set.length && ids < best.ids)))) {
        best = { set: extended, cost, ids };
      }
      visit(i + 1, extended);
    }
  };
  visit(0, []);
  return best.set;
}
