// Offline evaluation on a time split of the event log: train on everything before the split,
// then for each visitor who added to cart or bought something new after it, check whether a
// recommender's top K (made from their history before the split) contained it.
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
  visitors: number;
}

export interface TimeSplit {
  train: Interaction[];
  /** Per visitor: history before the split, and the new products they engaged with after it. */
  cases: { visitor: string; history: Interaction[]; future: Set<string> }[];
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
  return { train, cases };
}

export function evaluate(name: string, recommender: Recommender, split: TimeSplit, catalogSize: number, k = 10): EvaluationResult {
  let hits = 0;
  let ndcgSum = 0;
  const recommended = new Set<string>();
  for (const { history, future } of split.cases) {
    const top = recommender(history).slice(0, k);
    for (const id of top) recommended.add(id);
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
    visitors,
  };
}
