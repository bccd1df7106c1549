// Learning the "for you" blend's weights without looking at the test period: the training log is
// split again, `validationDays` before its end; tables are trained on the part before that and
// every candidate setting is scored (hit rate@K, then NDCG@K) on the held-out last days. Only the
// winning setting is then used, with tables retrained on the whole training log, on the test
// period. A small grid rather than an optimiser: each point costs one evaluation pass, and the
// grid's figures are printed, so anyone can see how flat or sharp the choice was.
import { evaluate, timeSplit, type TimeSplit } from './evaluation.ts';
import { recommendForYou, type BlendSetting } from './for-you.ts';
import { trainTables, type TrainedTables } from './train.ts';
import type { Interaction, NeighbourTable, ProductFeatures } from './types.ts';

export type { BlendSetting } from './for-you.ts';

/** What a grid search found: the best setting and every setting's validation figures, best first. */
export interface Tuning<S> {
  best: S;
  tried: { setting: S; hitRate: number; ndcg: number }[];
}

/** The training log split again for validation, with tables trained on the part before it. */
export interface ValidationSlice {
  /** Where the validation period starts (the training log's end minus `validationDays`). */
  from: Date;
  split: TimeSplit;
  tables: TrainedTables;
  products: readonly ProductFeatures[];
  categoryOf: (id: string) => string | undefined;
}

/**
 * Holds out the last `validationDays` of `train` (everything before `trainEnd`; nothing after
 * it is read) and trains the tables on what comes before.
 *
 * @example const slice = validationSlice(split.train, products, splitAt); learnBlendWeights(slice).best
 */
export function validationSlice(train: readonly Interaction[], products: readonly ProductFeatures[], trainEnd: Date, validationDays = 30, content?: NeighbourTable): ValidationSlice {
  const from = new Date(trainEnd.getTime() - validationDays * 86_400_000);
  const split = timeSplit(train.filter((i) => i.at < trainEnd), from);
  const categories = new Map(products.map((p) => [p.productId, p.categoryPath.at(-1)]));
  return { from, split, tables: trainTables(split.train, products, from, content), products, categoryOf: (id) => categories.get(id) };
}

/** The settings tried by default: the content weight, the popularity prior and the history's half-life. */
export function defaultBlendGrid(): BlendSetting[] {
  const grid: BlendSetting[] = [];
  for (const content of [0, 0.05, 0.35])
    for (const popularPrior of [0, 0.3, 1])
      for (const halfLifeDays of [14, 60]) grid.push({ weights: { boughtTogether: 1, viewedTogether: 0.6, content, popular: 0.05 }, popularPrior, halfLifeDays });
  return grid;
}

/** The blend for `tables`, as the evaluation and the tuning run it. */
export function blendRecommender(tables: TrainedTables, setting: BlendSetting, now: Date, categoryOf: (id: string) => string | undefined, limit = 10) {
  return (history: readonly Interaction[]) =>
    recommendForYou({ history, now, neighbours: tables, popular: tables.popular, isEligible: () => true, categoryOf, limit, weights: setting.weights, popularPrior: setting.popularPrior, halfLifeDays: setting.halfLifeDays }).map((r) => r.productId);
}

/** Picks the blend setting that does best on the validation slice. */
export function learnBlendWeights(slice: ValidationSlice, grid: readonly BlendSetting[] = defaultBlendGrid(), k = 10): Tuning<BlendSetting> {
  return bestOf(slice, grid, (setting) => blendRecommender(slice.tables, setting, slice.from, slice.categoryOf, k), k);
}

/** Scores every setting of `grid` on the validation slice; the best first. */
export function bestOf<S>(slice: ValidationSlice, grid: readonly S[], recommender: (setting: S) => (history: readonly Interaction[]) => string[], k: number): Tuning<S> {
  const tried = grid.map((setting) => {
    const result = evaluate('tuning', recommender(setting), slice.split, slice.products.length, k);
    return { setting, hitRate: result.hitRate, ndcg: result.ndcg };
  });
  // Stable: on a tie the earlier (simpler) setting of the grid wins.
  const ranked = tried.map((t, i) => ({ t, i })).sort((a, b) => b.t.hitRate - a.t.hitRate || b.t.ndcg - a.t.ndcg || a.i - b.i).map(({ t }) => t);
  return { best: ranked[0]!.setting, tried: ranked };
}
