// "Similar" on a shop without product views: substitutes of the same kind, ranked by content
// similarity plus how often people bought them with the anchor. Content alone ranks by shared
// title words, which on a gift shop's catalog finds the same theme rather than what buyers of one
// item go on to buy; the co-purchase term adds that, while the same-kind filter keeps "similar"
// to substitutes (a mug for a mug, never its matching plate).
import { best } from './co-occurrence.ts';
import type { NeighbourTable } from './types.ts';

/**
 * For each product with content neighbours or co-purchases: neighbours of its own kind scored
 * content + `coPurchaseWeight` × bought together, best `topK` first.
 *
 * @example substituteNeighbours(tables.content, tables.boughtTogetherWide, kindOf, 3)
 */
export function substituteNeighbours(content: NeighbourTable, boughtTogether: NeighbourTable, kindOf: (id: string) => string | undefined, coPurchaseWeight: number, topK = 20): NeighbourTable {
  const table: NeighbourTable = new Map();
  for (const productId of new Set([...content.keys(), ...boughtTogether.keys()])) {
    const kind = kindOf(productId);
    const scores = new Map<string, number>();
    const add = (list: NeighbourTable, weight: number) => {
      if (weight <= 0) return;
      for (const n of list.get(productId) ?? []) if (kind !== undefined && kindOf(n.productId) === kind) scores.set(n.productId, (scores.get(n.productId) ?? 0) + weight * n.score);
    };
    add(content, 1);
    add(boughtTogether, coPurchaseWeight);
    table.set(productId, best([...scores].map(([id, score]) => ({ productId: id, score })), topK));
  }
  return table;
}
