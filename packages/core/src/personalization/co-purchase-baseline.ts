// The plain item-to-item co-purchase baseline the recommenders are measured against: for each
// pair of products, the number of purchase baskets holding both, with no time decay, no
// normalisation and no shrinkage; a visitor's candidates are scored by the sum of those counts
// over the distinct products in their history. If the store's tuned co-occurrence cannot beat
// this, the tuning is not earning its keep.
import { basketsOf, PURCHASE_KINDS } from './baskets.ts';
import type { Recommender } from './evaluation.ts';
import type { Interaction } from './types.ts';

/** Co-purchase counts from the training log; baskets as the store forms them (one visitor-day). */
export function coPurchaseCounts(train: readonly Interaction[], maxBasketSize = 100): Map<string, Map<string, number>> {
  const counts = new Map<string, Map<string, number>>();
  for (const basket of basketsOf(train, PURCHASE_KINDS)) {
    const items = [...new Set(basket.productIds)].slice(-maxBasketSize);
    for (const a of items) {
      let row = counts.get(a);
      if (!row) counts.set(a, (row = new Map()));
      for (const b of items) if (a !== b) row.set(b, (row.get(b) ?? 0) + 1);
    }
  }
  return counts;
}

/** Top `limit` products by summed co-purchase count with the history, never one already in it. */
export function coPurchaseRecommender(counts: Map<string, Map<string, number>>, limit = 10): Recommender {
  return (history) => {
    const seen = new Set(history.map((h) => h.productId));
    const scores = new Map<string, number>();
    for (const item of seen) for (const [other, count] of counts.get(item) ?? []) if (!seen.has(other)) scores.set(other, (scores.get(other) ?? 0) + count);
    return [...scores]
      .sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0]))
      .slice(0, limit)
      .map(([productId]) => productId);
  };
}
