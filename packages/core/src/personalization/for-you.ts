// "For you": one visitor's recommendations, blended from what the precomputed tables say about
// the products in their history, with popularity to fill the gaps. Purchased products are left
// out (unless consumable), as are hidden and out-of-stock ones, and no category may take over
// the list, so the shopper sees a range rather than ten near-identical items.
import { round } from './co-occurrence.ts';
import { INTERACTION_WEIGHTS } from './popularity.ts';
import type { InteractionKind, NeighbourTable, ScoredProduct } from './types.ts';

export type RecommendationReason =
  | { kind: 'bought_together'; productId: string }
  | { kind: 'viewed_together'; productId: string }
  | { kind: 'similar'; productId: string }
  /** A best seller of the category of `productId` (a history product no table knows yet), named `category`. */
  | { kind: 'popular_in_category'; productId: string; category: string }
  | { kind: 'popular' };

export interface Recommendation {
  productId: string;
  score: number;
  reason: RecommendationReason;
}

export interface ForYouInput {
  history: readonly { productId: string; kind: InteractionKind; at: Date }[];
  now: Date;
  neighbours: { boughtTogether: NeighbourTable; viewedTogether: NeighbourTable; content: NeighbourTable };
  /** Best first; used to fill the list when the history says too little. */
  popular: readonly ScoredProduct[];
  /**
   * The best sellers of a history product's category, best first, with the category's name. A
   * history product without neighbours in any table (a new product) is represented by these, so
   * a visitor who only looked at new products still gets picks of their own.
   */
  categoryPopular?: (productId: string) => { category: string; products: readonly ScoredProduct[] } | undefined;
  /** Visible and in stock. */
  isEligible: (productId: string) => boolean;
  categoryOf: (productId: string) => string | undefined;
  /** Products people buy again (tubes, bar tape, energy gels): not excluded after a purchase. */
  isConsumable?: (productId: string) => boolean;
  limit: number;
  /** At most this many per category while others are available. Default 3. */
  maxPerCategory?: number;
  /** A history item this many days old counts half. Default 14 (the untuned blend; serving passes SERVING_BLEND_SETTING's). */
  halfLifeDays?: number;
  /**
   * Weigh history as 2^((at − decayFrom) / half-life) instead of by its age at `now`: the same
   * ranking (every weight changes by one factor), but scores that do not depend on when the
   * list was computed. The precomputed lists use it, so an update and a rebuild agree.
   */
  decayFrom?: Date;
  /** How much each table counts; SOURCE_WEIGHTS where absent. The offline evaluation learns them. */
  weights?: Partial<BlendWeights>;
  /**
   * Popularity as a prior on every candidate, not only as a fill: the history's scores are
   * scaled so the best is 1, then each candidate gains this × its popularity (the top seller's
   * being 1). On a shop where most purchases are of a few best sellers (the Online Retail log),
   * it breaks ties between neighbours towards what people actually buy. Default 0 (fill only).
   */
  popularPrior?: number;
}

/** How much each table's neighbours count in the blend, and the popular fill's weight. */
export interface BlendWeights {
  boughtTogether: number;
  viewedTogether: number;
  content: number;
  popular: number;
}

/**
 * The untuned blend's weights: `recommendForYou`'s default, kept as the "default weights" row
 * of `eval:recs`. What the store serves is SERVING_BLEND_SETTING.
 */
export const SOURCE_WEIGHTS: Readonly<BlendWeights> = { boughtTogether: 1, viewedTogether: 0.6, content: 0.35, popular: 0.05 } as const;

/** One setting of the blend: the table weights, the popularity prior and the history's half-life. */
export interface BlendSetting {
  weights: BlendWeights;
  popularPrior: number;
  halfLifeDays: number;
}

/**
 * The blend every serving path uses (the live blend and the stored "for you" lists). Learned by
 * `learnBlendWeights` (`pnpm eval:recs --history`, split 2011-07-01, validated on June 2011) on
 * the Online Retail log: content 0, popularity prior 1, half-life 60 days; on the test months it
 * beat popularity (hit rate@10 1.22×) and plain co-purchase (1.19×) where the untuned blend
 * reached 1.06×/1.04× (README "eval:recs on a real shop's log", docs/decisions.md #20).
 */
export const SERVING_BLEND_SETTING: Readonly<BlendSetting> = {
  weights: { boughtTogether: 1, viewedTogether: 0.6, content: 0, popular: 0.05 },
  popularPrior: 1,
  halfLifeDays: 60,
};
const SOURCE_REASON = { boughtTogether: 'bought_together', viewedTogether: 'viewed_together', content: 'similar' } as const;
/**
 * A category's best sellers score the popular fill's top (weights.popular) plus up to this, by
 * their rank in the category and the weight of the history item: always before the overall
 * best sellers (they are about the visitor), usually after a neighbour of a viewed product.
 */
const CATEGORY_POPULAR_WEIGHT = 0.1;
const DAY = 86_400_000;

export function recommendForYou(input: ForYouInput): Recommendation[] {
  const halfLife = (input.halfLifeDays ?? 14) * DAY;
  const weights = { ...SOURCE_WEIGHTS, ...input.weights };
  const seen = new Set(input.history.map((h) => h.productId));
  const bought = new Set(input.history.filter((h) => h.kind === 'PURCHASE').map((h) => h.productId));
  const excluded = (productId: string) =>
    !input.isEligible(productId) || (seen.has(productId) && !(bought.has(productId) && input.isConsumable?.(productId)));

  // Each history item counts by what was done with it and how long ago.
  const historyWeight = new Map<string, number>();
  for (const item of input.history) {
    const decay = input.decayFrom
      ? Math.pow(2, (item.at.getTime() - input.decayFrom.getTime()) / halfLife)
      : Math.pow(0.5, Math.max(0, input.now.getTime() - item.at.getTime()) / halfLife);
    const weight = Math.max(INTERACTION_WEIGHTS[item.kind], 0.5) * decay;
    historyWeight.set(item.productId, (historyWeight.get(item.productId) ?? 0) + weight);
  }

  const candidates: Candidates = new Map();
  for (const [source, productId] of sortedEntries(historyWeight)) {
    for (const table of ['boughtTogether', 'viewedTogether', 'content'] as const) {
      for (const neighbour of input.neighbours[table].get(productId) ?? []) {
        if (excluded(neighbour.productId)) continue;
        const contribution = source * weights[table] * neighbour.score;
        const current = candidates.get(neighbour.productId);
        const reason = { kind: SOURCE_REASON[table], productId } as const;
        if (!current) candidates.set(neighbour.productId, { score: contribution, reason, best: contribution });
        else {
          current.score += contribution;
          if (contribution > current.best) Object.assign(current, { reason, best: contribution });
        }
      }
    }
  }
  if (input.categoryPopular) addCategoryPopular(candidates, historyWeight, { ...input, weights }, excluded);
  const topPopular = input.popular[0]?.score || 1;
  if (input.popularPrior) addPopularPrior(candidates, input.popular, topPopular, input.popularPrior);
  input.popular.forEach((item) => {
    if (excluded(item.productId) || candidates.has(item.productId)) return;
    candidates.set(item.productId, { score: weights.popular * (item.score / topPopular), reason: { kind: 'popular' }, best: 0 });
  });

  const ranked = [...candidates]
    .map(([productId, c]) => ({ productId, score: round(c.score), reason: c.reason }))
    .sort((a, b) => b.score - a.score || a.productId.localeCompare(b.productId));
  return diversify(ranked, input.limit, input.maxPerCategory ?? 3, input.categoryOf);
}

type Candidates = Map<string, { score: number; reason: RecommendationReason; best: number }>;

/** Best sellers of the categories of history products that no table has neighbours for, weighed by the history item. */
function addCategoryPopular(candidates: Candidates, historyWeight: Map<string, number>, input: ForYouInput & { weights: BlendWeights }, excluded: (productId: string) => boolean): void {
  const { weights } = input;
  const strongest = Math.max(...historyWeight.values());
  const tables = Object.values(input.neighbours);
  for (const [source, productId] of sortedEntries(historyWeight)) {
    if (tables.some((table) => (table.get(productId)?.length ?? 0) > 0)) continue;
    const popular = input.categoryPopular!(productId);
    const top = popular?.products[0]?.score;
    if (!popular || !top) continue;
    for (const item of popular.products) {
      if (excluded(item.productId) || candidates.has(item.productId)) continue;
      const score = weights.popular + CATEGORY_POPULAR_WEIGHT * (source / strongest) * (item.score / top);
      candidates.set(item.productId, { score, reason: { kind: 'popular_in_category', productId, category: popular.category }, best: score });
    }
  }
}

/** Scales the candidates' scores so the best is 1, then adds `prior` × each one's relative popularity. */
function addPopularPrior(candidates: Map<string, { score: number }>, popular: readonly ScoredProduct[], topPopular: number, prior: number): void {
  let best = 0;
  for (const c of candidates.values()) best = Math.max(best, c.score);
  if (best <= 0) return;
  const popularity = new Map(popular.map((p) => [p.productId, p.score / topPopular]));
  for (const [productId, c] of candidates) c.score = c.score / best + prior * (popularity.get(productId) ?? 0);
}

/** Takes the best items while no category exceeds its share; fills up from the rest if needed. */
export function diversify<T extends { productId: string }>(ranked: readonly T[], limit: number, maxPerCategory: number, categoryOf: (id: string) => string | undefined): T[] {
  const chosen: T[] = [];
  const skipped: T[] = [];
  const perCategory = new Map<string, number>();
  for (const item of ranked) {
    if (chosen.length >= limit) break;
    const category = categoryOf(item.productId) ?? `?${item.productId}`;
    const count = perCategory.get(category) ?? 0;
    if (count >= maxPerCategory) {
      skipped.push(item);
      continue;
    }
    perCategory.set(category, count + 1);
    chosen.push(item);
  }
  for (const item of skipped) {
    if (chosen.length >= limit) break;
    chosen.push(item);
  }
  return chosen;
}

/** Highest weight first, then by id: the same history always blends the same way. */
function sortedEntries(weights: Map<string, number>): [number, string][] {
  return [...weights].map(([id, w]) => [w, id] as [number, string]).sort((a, b) => b[0] - a[0] || a[1].localeCompare(b[1]));
}
