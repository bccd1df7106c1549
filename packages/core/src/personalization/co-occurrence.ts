// Item-to-item co-occurrence ("often bought together", "viewed together"): products that appear
// in the same baskets. Each basket counts with a time decay (recent behaviour matters more),
// similarity is the cosine of the decayed counts, and a significance factor shrinks pairs seen
// only a few times, so two products bought together once by one person do not top the list.
import type { Basket, NeighbourTable, ScoredProduct } from './types.ts';

export interface CoOccurrenceOptions {
  now: Date;
  /** A basket this many days old counts half. Default 60. */
  halfLifeDays?: number;
  /** Pairs seen in fewer baskets are ignored. Default 2. */
  minSupport?: number;
  /** Significance shrinkage: score × n / (n + shrinkage), n = baskets with both. Default 3. */
  shrinkage?: number;
  /** Neighbours kept per product. Default 20. */
  topK?: number;
  /** Longer baskets (a visitor who opened 200 pages) keep only their most recent products. Default 30. */
  maxBasketSize?: number;
}

const DAY = 86_400_000;

export function coOccurrenceNeighbours(baskets: readonly Basket[], options: CoOccurrenceOptions): NeighbourTable {
  const halfLife = (options.halfLifeDays ?? 60) * DAY;
  const minSupport = options.minSupport ?? 2;
  const shrinkage = options.shrinkage ?? 3;
  const topK = options.topK ?? 20;
  const maxBasketSize = options.maxBasketSize ?? 30;

  const itemWeight = new Map<string, number>();
  const pairWeight = new Map<string, number>();
  const pairSupport = new Map<string, number>();

  for (const basket of baskets) {
    const age = Math.max(0, options.now.getTime() - basket.at.getTime());
    const weight = Math.pow(0.5, age / halfLife);
    const items = [...new Set(basket.productIds)].slice(-maxBasketSize).sort();
    for (const item of items) itemWeight.set(item, (itemWeight.get(item) ?? 0) + weight);
    for (let i = 0; i < items.length; i++) {
      for (let j = i + 1; j < items.length; j++) {
        const key = `${items[i]}\u0000${items[j]}`;
        pairWeight.set(key, (pairWeight.get(key) ?? 0) + weight);
        pairSupport.set(key, (pairSupport.get(key) ?? 0) + 1);
      }
    }
  }

  const neighbours = new Map<string, ScoredProduct[]>();
  const add = (from: string, to: string, score: number) => {
    const list = neighbours.get(from) ?? [];
    list.push({ productId: to, score });
    neighbours.set(from, list);
  };
  for (const [key, weight] of pairWeight) {
    const support = pairSupport.get(key) ?? 0;
    if (support < minSupport) continue;
    const [a, b] = key.split('\u0000') as [string, string];
    const cosine = weight / Math.sqrt((itemWeight.get(a) ?? 1) * (itemWeight.get(b) ?? 1));
    const score = round(cosine * (support / (support + shrinkage)));
    add(a, b, score);
    add(b, a, score);
  }
  for (const [item, list] of neighbours) neighbours.set(item, best(list, topK));
  return neighbours;
}

/** Highest score first; ties by product id so the result never depends on input order. */
export function best(list: ScoredProduct[], k: number): ScoredProduct[] {
  return list.sort((x, y) => y.score - x.score || x.productId.localeCompare(y.productId)).slice(0, k);
}

export function round(score: number): number {
  return Math.round(score * 1e6) / 1e6;
}
