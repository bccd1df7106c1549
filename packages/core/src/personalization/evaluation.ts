// Offline evaluation on a time split of the event log: train on everything before the split,
// then for each visitor who added to cart or bought something new after it, check whether a
// recommender's top K (made from their history before the split) contained it. Novelty is the
// mean self-information −log2(share of training visitors who had the item) of what is shown.
import type { Interaction } from './types.ts';

/** Given a visitor's history before the split, the product ids a recommender would show, best first. */
export type Recommender = (history: readonly Interaction[]) => string[];

export interface EvaluationResult {
  name: string;
  /** Share of test visitors with at least one future item in the top K. */
  hitRate: number;
  /** Mean NDCG@K with binary relevance (a future item = relevant). */
  ndcg: number;
  /** Distinct products recommended across all test visitors, over the catalog size. */
  coverage: number;
  /** Mean −log2(share of training visitors with the item) over recommended items, in bits; higher = less obvious. */
  novelty: number;
  visitors: number;
}

export interface TimeSplit {
  train: Interaction[];
  /** Per visitor: history before the split, and the new products they engaged with after it. */
  cases: { visitor: string; history: Interaction[]; future: Set<string> }[];
  /** Per product, how many distinct visitors had it before the split; and how many visitors there were. */
  reach: Map<string, number>;
  trainVisitors: number;
}

const TARGET_KINDS = new Set(['ADD_TO_CART', 'PURCHASE']);

export function timeSplit(interactions: readonly Interaction[], splitAt: Date): TimeSplit {
  const train = interactions.filter((i) => i.at < splitAt);
  const history = new Map<string, Interaction[]>();
  for (const interaction of train) {
    const list = history.get(interaction.visitor) ?? [];
    list.push(interaction);
    history.set(interaction.visitor, list);
  }
  const future = new Map<string, Set<string>>();
  for (const interaction of interactions) {
    if (interaction.at < splitAt || !TARGET_KINDS.has(interaction.kind)) continue;
    const past = history.get(interaction.visitor);
    if (!past || past.some((p) => p.productId === interaction.productId)) continue;
    const set = future.get(interaction.visitor) ?? new Set<string>();
    set.add(interaction.productId);
    future.set(interaction.visitor, set);
  }
  const cases = [...future].sort(([a], [b]) => a.localeCompare(b)).map(([visitor, items]) => ({ visitor, history: history.get(visitor) ?? [], future: items }));
  const reach = new Map<string, number>();
  for (const past of history.values()) for (const productId of new Set(past.map((p) => p.productId))) reach.set(productId, (reach.get(productId) ?? 0) + 1);
  return { train, cases, reach, trainVisitors: history.size };
}

export function evaluate(name: string, recommender: Recommender, split: TimeSplit, catalogSize: number, k = 10): EvaluationResult {
  let hits = 0;
  let ndcgSum = 0;
  let noveltySum = 0;
  let shown = 0;
  const recommended = new Set<string>();
  // An item no training visitor had counts as if one had (+1 smoothing), so novelty stays finite.
  const selfInformation = (id: string) => -Math.log2(Math.max(1, split.reach.get(id) ?? 0) / Math.max(1, split.trainVisitors));
  for (const { history, future } of split.cases) {
    const top = recommender(history).slice(0, k);
    for (const id of top) {
      recommended.add(id);
      noveltySum += selfInformation(id);
      shown++;
    }
    let dcg = 0;
    top.forEach((id, rank) => {
      if (future.has(id)) dcg += 1 / Math.log2(rank + 2);
    });
    let ideal = 0;
    for (let rank = 0; rank < Math.min(k, future.size); rank++) ideal += 1 / Math.log2(rank + 2);
    if (dcg > 0) hits++;
    ndcgSum += ideal > 0 ? dcg / ideal : 0;
  }
  const visitors = split.cases.length;
  return {
    name,
    hitRate: visitors ? hits / visitors : 0,
    ndcg: visitors ? ndcgSum / visitors : 0,
    coverage: catalogSize ? recommended.size / catalogSize : 0,
    novelty: shown ? noveltySum / shown : 0,
    visitors,
  };
}
