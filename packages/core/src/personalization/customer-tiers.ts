// The four customer tiers of the marketing plan, read from a customer's RFM quintile scores
// (1–5, 5 = most recent / most often / most spent; rfm.ts): size from money spent, loyalty from
// buying often and lately. A tier is a pure function of the stored scores, so it needs no column
// of its own and is always in step with the segments job. Promotions target a tier by its key,
// as they target a segment (`tier:large_loyal`).
//   large  = monetary 4–5 (the top two fifths by spend)
//   medium = monetary 3
//   small  = monetary 1–2
//   loyal  = frequency 3–5 and recency 3–5 (buys more often than most, and lately)
// large + loyal → large_loyal; large, not loyal → large_switching (a big buyer who orders seldom
// or has stopped: their spend is going elsewhere); medium → medium_transactional (whatever their
// rhythm: mid-size buyers who buy per occasion and price); small + loyal → small_loyal. Small
// buyers who are not loyal (one-off or lapsed small orders) have no tier.

export const TIERS = ['large_loyal', 'large_switching', 'medium_transactional', 'small_loyal'] as const;
export type TierKey = (typeof TIERS)[number];

export const TIER_LABELS: Record<TierKey, string> = {
  large_loyal: 'Large loyal',
  large_switching: 'Large switching',
  medium_transactional: 'Medium transactional',
  small_loyal: 'Small loyal',
};

/**
 * The segment key a customer in `tier` carries and a promotion targets: `tier:large_loyal`. The
 * prefix keeps tiers apart from segments of a similar name (the "small_loyal" segment is not the
 * "small loyal" tier).
 */
export function tierSegmentKey(tier: TierKey): string {
  return `tier:${tier}`;
}

/** What a tier is decided from: the quintile scores of the segments job. */
export interface RfmScores {
  recencyScore: number;
  frequencyScore: number;
  monetaryScore: number;
}

/** The customer's tier, or null for a small buyer who is not loyal. */
export function tierOf(scores: RfmScores): TierKey | null {
  const loyal = scores.frequencyScore >= 3 && scores.recencyScore >= 3;
  if (scores.monetaryScore >= 4) return loyal ? 'large_loyal' : 'large_switching';
  if (scores.monetaryScore === 3) return 'medium_transactional';
  return loyal ? 'small_loyal' : null;
}

/** The revenue-share check: what the biggest `topShare` of customers bring. */
export interface RevenueConcentration {
  /** The share of customers asked about, 0–1 (0.2 = the top 20 %). */
  topShare: number;
  /** How many customers that is (rounded up), of all customers. */
  topCustomers: number;
  customers: number;
  /** Their share of all revenue, 0–1. */
  revenueShare: number;
}

/**
 * "The top 20 % of customers bring N % of revenue", from each customer's total spend.
 *
 * @example revenueConcentration([900, 50, 30, 15, 5]) // { topCustomers: 1, revenueShare: 0.9, … }
 */
export function revenueConcentration(monetary: readonly number[], topShare = 0.2): RevenueConcentration {
  const sorted = monetary.map((m) => Math.max(0, m)).sort((a, b) => b - a);
  const topCustomers = Math.ceil(sorted.length * topShare);
  const total = sorted.reduce((sum, m) => sum + m, 0);
  const top = sorted.slice(0, topCustomers).reduce((sum, m) => sum + m, 0);
  return { topShare, topCustomers, customers: sorted.length, revenueShare: total ? top / total : 0 };
}
