// Building every recommender's table from an event log and the catalog: what the recompute job
// stores and what the offline evaluation measures.
import { basketsOf, BROWSE_KINDS, PURCHASE_KINDS } from './baskets.ts';
import { coOccurrenceNeighbours } from './co-occurrence.ts';
import { contentNeighbours } from './content-similarity.ts';
import { popularity, type PopularityScores } from './popularity.ts';
import type { Interaction, NeighbourTable, ProductFeatures } from './types.ts';

export interface TrainedTables extends PopularityScores {
  boughtTogether: NeighbourTable;
  viewedTogether: NeighbourTable;
  content: NeighbourTable;
}

const NEIGHBOURS = 20;

/** `content` may be passed in when it is already known (it depends on the catalog only). */
export function trainTables(interactions: readonly Interaction[], products: readonly ProductFeatures[], now: Date, content?: NeighbourTable): TrainedTables {
  return {
    boughtTogether: coOccurrenceNeighbours(basketsOf(interactions, PURCHASE_KINDS), { now, halfLifeDays: 120, minSupport: 2, topK: NEIGHBOURS }),
    viewedTogether: coOccurrenceNeighbours(basketsOf(interactions, BROWSE_KINDS), { now, halfLifeDays: 30, minSupport: 2 }),
    content: content ?? contentNeighbours(products),
    ...popularity(interactions, { now }),
  };
}
