// Building every recommender's table from an event log and the catalog: what the recompute job
// stores and what the offline evaluation measures.
import { basketsOf, BROWSE_KINDS, PURCHASE_KINDS } from './baskets.ts';
import { coOccurrenceNeighbours } from './co-occurrence.ts';
import { contentNeighbours } from './content-similarity.ts';
import { popularity, type PopularityScores } from './popularity.ts';
import type { Interaction, NeighbourTable, ProductFeatures } from './types.ts';

export interface TrainedTables extends PopularityScores {
  boughtTogether: NeighbourTable;
  /** Bought together with up to WIDE_NEIGHBOURS per product: enough left after keeping one kind. */
  boughtTogetherWide: NeighbourTable;
  viewedTogether: NeighbourTable;
  content: NeighbourTable;
}

const NEIGHBOURS = 20;
const WIDE_NEIGHBOURS = 300;

/** `content` may be passed in when it is already known (it depends on the catalog only). */
export function trainTables(interactions: readonly Interaction[], products: readonly ProductFeatures[], now: Date, content?: NeighbourTable): TrainedTables {
  const boughtTogetherWide = coOccurrenceNeighbours(basketsOf(interactions, PURCHASE_KINDS), { now, halfLifeDays: 120, minSupport: 2, topK: WIDE_NEIGHBOURS });
  return {
    boughtTogether: new Map([...boughtTogetherWide].map(([id, list]) => [id, list.slice(0, NEIGHBOURS)])),
    boughtTogetherWide,
    viewedTogether: coOccurrenceNeighbours(basketsOf(interactions, BROWSE_KINDS), { now, halfLifeDays: 30, minSupport: 2 }),
    content: content ?? contentNeighbours(products),
    ...popularity(interactions, { now }),
  };
}
