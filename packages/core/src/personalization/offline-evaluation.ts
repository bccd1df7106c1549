// The recommenders as the evaluation runs them: each turns a visitor's history into a top list
// using only tables trained before the split. `pnpm eval:recs` and the tests share this. With
// tuning, the blend's weights and the setting of "similar" are learned on the last
// `validationDays` of the training log (never on the test period) and measured beside the
// defaults.
import { blendRecommender, learnBlendWeights, validationSlice, type BlendSetting, type Tuning } from './blend-tuning.ts';
import { coPurchaseCounts, coPurchaseRecommender } from './co-purchase-baseline.ts';
import { evaluate, timeSplit, type EvaluationResult, type Recommender } from './evaluation.ts';
import { recommendForYou, SERVING_BLEND_SETTING } from './for-you.ts';
import { learnSubstituteSetting, similarRecommender } from './similar-evaluation.ts';
import { SIMILAR_SETTING, type SubstituteSetting } from './similar-substitutes.ts';
import { trainTables, type TrainedTables } from './train.ts';
import type { Interaction, NeighbourTable, ProductFeatures } from './types.ts';

const none: NeighbourTable = new Map();

export function recommendersFrom(tables: TrainedTables, categoryOf: (id: string) => string | undefined, now: Date, limit = 10): Record<string, Recommender> {
  const forYou = (neighbours: TrainedTables | { boughtTogether: NeighbourTable; viewedTogether: NeighbourTable; content: NeighbourTable }, popular = tables.popular): Recommender =>
    (history) =>
      recommendForYou({ history, now, neighbours, popular, isEligible: () => true, categoryOf, limit }).map((r) => r.productId);
  return {
    'popularity (baseline)': (history) => {
      const seen = new Set(history.map((h) => h.productId));
      return tables.popular.filter((p) => !seen.has(p.productId)).slice(0, limit).map((p) => p.productId);
    },
    'trending': (history) => {
      const seen = new Set(history.map((h) => h.productId));
      return tables.trending.filter((p) => !seen.has(p.productId)).slice(0, limit).map((p) => p.productId);
    },
    'bought together': forYou({ boughtTogether: tables.boughtTogether, viewedTogether: none, content: none }, []),
    'viewed together': forYou({ boughtTogether: none, viewedTogether: tables.viewedTogether, content: none }, []),
    'content similarity': forYou({ boughtTogether: none, viewedTogether: none, content: tables.content }, []),
    'for you (blend)': forYou(tables),
    'for you (blend, served setting)': blendRecommender(tables, SERVING_BLEND_SETTING, now, categoryOf, limit),
    'similar (same kind, served setting)': similarRecommender(tables, categoryOf, SIMILAR_SETTING, now, limit),
  };
}

export interface OfflineEvaluationOptions {
  k?: number;
  /** Learn the blend and "similar" on the training log's last this many days; 0 = no tuning. Default 0. */
  validationDays?: number;
}

export interface OfflineEvaluation {
  results: EvaluationResult[];
  trainEvents: number;
  /** Visitors with any history before the split. */
  trainVisitors: number;
  /** Visitors with history before the split and something new after it. */
  testVisitors: number;
  /** (visitor, new product) pairs bought or added to cart after the split: what a hit can find. */
  testItems: number;
  /** With tuning: what was learned on the validation days, and where they start. */
  tuning?: { validationFrom: Date; blend: Tuning<BlendSetting>; similar: Tuning<SubstituteSetting> };
}

/** Splits the log at `splitAt`, trains every table on the part before, and measures each recommender. */
export function runOfflineEvaluation(interactions: readonly Interaction[], products: readonly ProductFeatures[], splitAt: Date, options: OfflineEvaluationOptions = {}): OfflineEvaluation {
  const k = options.k ?? 10;
  const split = timeSplit(interactions, splitAt);
  const tables = trainTables(split.train, products, splitAt);
  const categories = new Map(products.map((p) => [p.productId, p.categoryPath.at(-1)]));
  const categoryOf = (id: string) => categories.get(id);
  const recommenders = { ...recommendersFrom(tables, categoryOf, splitAt, k), 'co-purchase (baseline)': coPurchaseRecommender(coPurchaseCounts(split.train), k) };
  let tuning: OfflineEvaluation['tuning'];
  if (options.validationDays) {
    const slice = validationSlice(split.train, products, splitAt, options.validationDays, tables.content);
    tuning = { validationFrom: slice.from, blend: learnBlendWeights(slice, undefined, k), similar: learnSubstituteSetting(slice, undefined, k) };
    Object.assign(recommenders, {
      'for you (blend, learned)': blendRecommender(tables, tuning.blend.best, splitAt, categoryOf, k),
      'similar (same kind, learned)': similarRecommender(tables, categoryOf, tuning.similar.best, splitAt, k),
    });
  }
  return {
    results: Object.entries(recommenders).map(([name, recommender]) => evaluate(name, recommender, split, products.length, k)),
    trainEvents: split.train.length,
    trainVisitors: split.trainVisitors,
    testVisitors: split.cases.length,
    testItems: split.cases.reduce((sum, c) => sum + c.future.size, 0),
    tuning,
  };
}
