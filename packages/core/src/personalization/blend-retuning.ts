// Re-tuning the "for you" blend on the store's own orders: the same held-out-days grid search as
// `eval:recs` (blend-tuning.ts), with the built-in setting in the grid. A setting learned here
// replaces the built-in one only when it beats it on the held-out days; with too little history
// the comparison would be noise, so nothing is tried.
import { defaultBlendGrid, learnBlendWeights, validationSlice } from './blend-tuning.ts';
import { SERVING_BLEND_SETTING, type BlendSetting } from './for-you.ts';
import type { Interaction, ProductFeatures } from './types.ts';

/**
 * Enough history to learn from: on the Online Retail log a month of held-out orders moved hit
 * rates by tenths, while a few dozen test customers move them by chance. 60 days leave a 30-day
 * held-out slice after 30 days to train on.
 */
export const RETUNING_MIN_ORDERS = 500;
export const RETUNING_MIN_DAYS = 60;
/** The held-out last days of the history, as `eval:recs --validation-days` defaults to. */
export const RETUNING_VALIDATION_DAYS = 30;

export interface PaidOrderLine {
  orderId: string;
  customerId: string;
  productId: string;
  paidAt: Date;
}

export interface RetuningHistory {
  orders: number;
  customers: number;
  days: number;
}

export type RetuningOutcome =
  | { kind: 'too_little_history'; history: RetuningHistory }
  | { kind: 'built_in_kept'; history: RetuningHistory; hitRate: number; builtInHitRate: number }
  | { kind: 'learned'; history: RetuningHistory; setting: BlendSetting; hitRate: number; builtInHitRate: number };

export interface RetuningInput {
  lines: readonly PaidOrderLine[];
  products: readonly ProductFeatures[];
  now: Date;
  /** The setting to beat; SERVING_BLEND_SETTING by default. */
  builtIn?: BlendSetting;
  grid?: readonly BlendSetting[];
  minOrders?: number;
  minDays?: number;
}

/**
 * Learns a blend setting on paid order lines (each a purchase by its customer), held out on the
 * last RETUNING_VALIDATION_DAYS before `now`.
 *
 * @example const outcome = retuneBlend({ lines, products, now }); if (outcome.kind === 'learned') save(outcome.setting)
 */
export function retuneBlend(input: RetuningInput): RetuningOutcome {
  const history = historyOf(input.lines, input.now);
  if (history.orders < (input.minOrders ?? RETUNING_MIN_ORDERS) || history.days < (input.minDays ?? RETUNING_MIN_DAYS)) return { kind: 'too_little_history', history };
  const builtIn = input.builtIn ?? SERVING_BLEND_SETTING;
  const interactions: Interaction[] = input.lines.map((l) => ({ visitor: l.customerId, productId: l.productId, kind: 'PURCHASE', at: l.paidAt }));
  const slice = validationSlice(interactions, input.products, input.now, RETUNING_VALIDATION_DAYS);
  // The built-in setting first: on a tie the grid search keeps the earlier setting, so a tie keeps it.
  const tuning = learnBlendWeights(slice, [builtIn, ...(input.grid ?? defaultBlendGrid())]);
  const builtInHitRate = tuning.tried.find((t) => t.setting === builtIn)!.hitRate;
  const best = tuning.tried[0]!;
  if (best.setting === builtIn || best.hitRate <= builtInHitRate) return { kind: 'built_in_kept', history, hitRate: best.hitRate, builtInHitRate };
  return { kind: 'learned', history, setting: best.setting, hitRate: best.hitRate, builtInHitRate };
}

function historyOf(lines: readonly PaidOrderLine[], now: Date): RetuningHistory {
  const first = lines.reduce((min, l) => Math.min(min, l.paidAt.getTime()), now.getTime());
  return {
    orders: new Set(lines.map((l) => l.orderId)).size,
    customers: new Set(lines.map((l) => l.customerId)).size,
    days: Math.floor((now.getTime() - first) / 86_400_000),
  };
}

/** A stored setting's columns (RecommendationBlendSetting without id). */
export interface StoredBlendSetting {
  boughtTogether: number;
  viewedTogether: number;
  content: number;
  popularFill: number;
  popularPrior: number;
  halfLifeDays: number;
  hitRate: number;
  defaultHitRate: number;
  orders: number;
  customers: number;
  historyDays: number;
  learnedAt: Date;
}

/** The row a learned outcome is stored as. */
export function storedBlendSetting(outcome: Extract<RetuningOutcome, { kind: 'learned' }>, learnedAt: Date): StoredBlendSetting {
  const { weights, popularPrior, halfLifeDays } = outcome.setting;
  return {
    ...{ boughtTogether: weights.boughtTogether, viewedTogether: weights.viewedTogether, content: weights.content, popularFill: weights.popular, popularPrior, halfLifeDays },
    ...{ hitRate: outcome.hitRate, defaultHitRate: outcome.builtInHitRate, orders: outcome.history.orders, customers: outcome.history.customers, historyDays: outcome.history.days, learnedAt },
  };
}

/** The setting a stored row serves. */
export function blendSettingOf(row: Pick<StoredBlendSetting, 'boughtTogether' | 'viewedTogether' | 'content' | 'popularFill' | 'popularPrior' | 'halfLifeDays'>): BlendSetting {
  return { weights: { boughtTogether: row.boughtTogether, viewedTogether: row.viewedTogether, content: row.content, popular: row.popularFill }, popularPrior: row.popularPrior, halfLifeDays: row.halfLifeDays };
}
