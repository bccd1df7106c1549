// "Similar products" measured as the store serves it: the tables the store keeps (neighbour lists
// of 20, popular lists of 50 overall and per kind) turned into the same evidence the product page
// reads, and a shopper's history, weighted as "for you" weighs it, as the anchors of the same
// `rankSubstitutes`. Its setting is learned on the validation month only, like the blend's.
import { bestOf, type Tuning, type ValidationSlice } from './blend-tuning.ts';
import { INTERACTION_WEIGHTS } from './popularity.ts';
import type { Recommender } from './evaluation.ts';
import { SERVING_BLEND_SETTING } from './for-you.ts';
import { rankSubstitutes, SIMILAR_SETTING, substituteEvidence, type SubstituteSetting } from './similar-substitutes.ts';
import type { TrainedTables } from './train.ts';
import type { ScoredProduct } from './types.ts';

/** As writePopularLists keeps them: the best 50 overall and the best 50 of each kind. */
const STORED_LIST_LENGTH = 50;
const DAY = 86_400_000;

/**
 * The "similar" recommender over a shopper's history: each history product an anchor weighted by
 * what was done with it and its age (half-life `halfLifeDays`, the served blend's by default).
 */
export function similarRecommender(tables: TrainedTables, kindOf: (id: string) => string | undefined, setting: SubstituteSetting, now: Date, limit = 10, halfLifeDays = SERVING_BLEND_SETTING.halfLifeDays): Recommender {
  const info = (id: string) => {
    const kind = kindOf(id);
    return kind === undefined ? undefined : { kind, priceAmount: 0 };
  };
  const lists = (productId: string) => ({
    content: tables.content.get(productId) ?? [],
    boughtTogether: tables.boughtTogether.get(productId) ?? [],
    viewedTogether: tables.viewedTogether.get(productId) ?? [],
  });
  const evidence = substituteEvidence(lists, info, storedPopularLists(tables.popular, kindOf));
  return (history) => {
    const weights = new Map<string, number>();
    for (const item of history) {
      const decay = Math.pow(0.5, Math.max(0, now.getTime() - item.at.getTime()) / (halfLifeDays * DAY));
      weights.set(item.productId, (weights.get(item.productId) ?? 0) + Math.max(INTERACTION_WEIGHTS[item.kind], 0.5) * decay);
    }
    const anchors = [...weights].map(([productId, weight]) => ({ productId, weight }));
    return rankSubstitutes(anchors, evidence, setting, limit).map((s) => s.productId);
  };
}

function storedPopularLists(popular: readonly ScoredProduct[], kindOf: (id: string) => string | undefined): ScoredProduct[] {
  const perKind = new Map<string, number>();
  return popular.filter((p, rank) => {
    const kind = kindOf(p.productId) ?? '';
    const count = perKind.get(kind) ?? 0;
    perKind.set(kind, count + 1);
    return rank < STORED_LIST_LENGTH || count < STORED_LIST_LENGTH;
  });
}

/**
 * The settings tried, the served one first (a tie keeps it): the popularity prior from none to
 * strong, then less co-purchase weight and no kind best sellers at the served prior.
 */
export function defaultSubstituteGrid(): SubstituteSetting[] {
  const served = { ...SIMILAR_SETTING };
  return [served, ...[0, 0.3, 3].map((popularPrior) => ({ ...served, popularPrior })), { ...served, coPurchaseWeight: 1 }, { ...served, kindBreadth: 0 }];
}

/** Picks the "similar" setting that does best on the validation slice. */
export function learnSubstituteSetting(slice: ValidationSlice, grid: readonly SubstituteSetting[] = defaultSubstituteGrid(), k = 10): Tuning<SubstituteSetting> {
  return bestOf(slice, grid, (setting) => similarRecommender(slice.tables, slice.categoryOf, setting, slice.from, k), k);
}
