// Popularity and trending, for cold start (new visitors, empty histories) and as the baseline
// every other recommender is measured against. Interactions count by kind (a purchase says more
// than a view) with a time decay; trending compares the last week's rate with the weeks before.
import { round } from './co-occurrence.ts';
import type { Interaction, InteractionKind, ScoredProduct } from './types.ts';

export const INTERACTION_WEIGHTS: Record<InteractionKind, number> = {
  VIEW: 1,
  SEARCH: 0,
  WIDGET_CLICK: 1,
  CONFIGURATOR: 2,
  ADD_TO_CART: 3,
  PURCHASE: 5,
};

const DAY = 86_400_000;

export interface PopularityOptions {
  now: Date;
  /** Default 14 days. */
  halfLifeDays?: number;
  /** Trending: the recent window in days (default 7) against the baseline window before it (default 28). */
  recentDays?: number;
  baselineDays?: number;
}

export interface PopularityScores {
  popular: ScoredProduct[];
  trending: ScoredProduct[];
}

export function popularity(interactions: Iterable<Interaction>, options: PopularityOptions): PopularityScores {
  const halfLife = (options.halfLifeDays ?? 14) * DAY;
  const recentFrom = options.now.getTime() - (options.recentDays ?? 7) * DAY;
  const baselineFrom = recentFrom - (options.baselineDays ?? 28) * DAY;
  const decayed = new Map<string, number>();
  const recent = new Map<string, number>();
  const baseline = new Map<string, number>();
  for (const interaction of interactions) {
    const weight = INTERACTION_WEIGHTS[interaction.kind];
    if (weight === 0) continue;
    const at = interaction.at.getTime();
    if (at > options.now.getTime()) continue;
    decayed.set(interaction.productId, (decayed.get(interaction.productId) ?? 0) + weight * Math.pow(0.5, (options.now.getTime() - at) / halfLife));
    if (at >= recentFrom) recent.set(interaction.productId, (recent.get(interaction.productId) ?? 0) + weight);
    else if (at >= baselineFrom) baseline.set(interaction.productId, (baseline.get(interaction.productId) ?? 0) + weight);
  }
  const recentDays = options.recentDays ?? 7;
  const baselineDays = options.baselineDays ?? 28;
  const trending: ScoredProduct[] = [];
  for (const [productId, count] of recent) {
    // Rate per day now against before, with a prior of one interaction per baseline window so a
    // product going from 0 to 1 view is not "trending" at infinity.
    const before = ((baseline.get(productId) ?? 0) + 1) / baselineDays;
    const now = count / recentDays;
    // Trending needs volume too: the ratio times the log of the recent count.
    trending.push({ productId, score: round((now / before) * Math.log1p(count)) });
  }
  const byScore = (a: ScoredProduct, b: ScoredProduct) => b.score - a.score || a.productId.localeCompare(b.productId);
  return {
    popular: [...decayed].map(([productId, score]) => ({ productId, score: round(score) })).sort(byScore),
    trending: trending.sort(byScore),
  };
}
