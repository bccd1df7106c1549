// RFM scoring and the classic segments of database marketing. Each customer with a paid order
// gets recency, frequency and monetary scores from 1 to 5 (quintiles among all buyers: 5 = most
// recent / most often / most spent), then the first rule that fits names their segment.
export const SEGMENTS = ['new', 'key_account', 'big_spender_drifting', 'small_loyal', 'mid_transactional', 'occasional', 'lost'] as const;
export type SegmentKey = (typeof SEGMENTS)[number];

export const SEGMENT_LABELS: Record<SegmentKey, string> = {
  new: 'New customers',
  key_account: 'Key accounts',
  big_spender_drifting: 'Big spenders drifting away',
  small_loyal: 'Small loyal buyers',
  mid_transactional: 'Mid-size transactional buyers',
  occasional: 'Occasional buyers',
  lost: 'Lost customers',
};

export interface CustomerPurchases {
  customerId: string;
  orders: readonly { amount: number; paidAt: Date }[];
}

export interface RfmScore {
  customerId: string;
  recencyDays: number;
  frequency: number;
  monetary: number;
  recencyScore: number;
  frequencyScore: number;
  monetaryScore: number;
  segment: SegmentKey;
}

export interface RfmOptions {
  now: Date;
  /** A first order this recent makes a customer new. Default 30 days. */
  newWithinDays?: number;
  /** No order for this long makes a customer lost. Default 365 days. */
  lostAfterDays?: number;
  /** Key accounts: the top customers who together bring this share of revenue. Default 0.5. */
  keyAccountRevenueShare?: number;
}

const DAY = 86_400_000;

export function scoreRfm(customers: readonly CustomerPurchases[], options: RfmOptions): RfmScore[] {
  const buyers = customers
    .filter((c) => c.orders.length > 0)
    .map((c) => {
      const last = Math.max(...c.orders.map((o) => o.paidAt.getTime()));
      const first = Math.min(...c.orders.map((o) => o.paidAt.getTime()));
      return {
        customerId: c.customerId,
        recencyDays: Math.max(0, Math.floor((options.now.getTime() - last) / DAY)),
        firstDays: Math.floor((options.now.getTime() - first) / DAY),
        frequency: c.orders.length,
        monetary: c.orders.reduce((sum, o) => sum + o.amount, 0),
      };
    })
    .sort((a, b) => a.customerId.localeCompare(b.customerId));

  const recencyScore = quintiles(buyers.map((b) => -b.recencyDays));
  const frequencyScore = quintiles(buyers.map((b) => b.frequency));
  const monetaryScore = quintiles(buyers.map((b) => b.monetary));
  const keyAccounts = topRevenueShare(buyers, options.keyAccountRevenueShare ?? 0.5);
  const newWithin = options.newWithinDays ?? 30;
  const lostAfter = options.lostAfterDays ?? 365;

  return buyers.map((b, i) => {
    const r = recencyScore[i]!;
    const f = frequencyScore[i]!;
    const m = monetaryScore[i]!;
    const segment: SegmentKey =
      b.firstDays <= newWithin && b.frequency === 1 ? 'new'
      : b.recencyDays > lostAfter ? 'lost'
      : keyAccounts.has(b.customerId) && r >= 3 ? 'key_account'
      : m >= 4 && r <= 2 ? 'big_spender_drifting'
      : f >= 4 && m <= 2 ? 'small_loyal'
      : f >= 2 || m >= 3 ? 'mid_transactional'
      : 'occasional';
    return { customerId: b.customerId, recencyDays: b.recencyDays, frequency: b.frequency, monetary: b.monetary, recencyScore: r, frequencyScore: f, monetaryScore: m, segment };
  });
}

/**
 * Scores 1–5 by rank: ties share a score (the score of their first rank), so customers with the
 * same value are never split across quintiles.
 */
export function quintiles(values: readonly number[]): number[] {
  const order = values.map((value, index) => ({ value, index })).sort((a, b) => a.value - b.value);
  const scores = new Array<number>(values.length);
  let start = 0;
  while (start < order.length) {
    let end = start;
    while (end + 1 < order.length && order[end + 1]!.value === order[start]!.value) end++;
    const score = Math.min(5, 1 + Math.floor((start * 5) / order.length));
    for (let k = start; k <= end; k++) scores[order[k]!.index] = score;
    start = end + 1;
  }
  return scores;
}

/** The smallest set of biggest spenders whose revenue reaches the share. */
function topRevenueShare(buyers: readonly { customerId: string; monetary: number }[], share: number): Set<string> {
  const total = buyers.reduce((sum, b) => sum + Math.max(0, b.monetary), 0);
  const chosen = new Set<string>();
  let sum = 0;
  for (const buyer of [...buyers].sort((a, b) => b.monetary - a.monetary || a.customerId.localeCompare(b.customerId))) {
    if (total === 0 || sum >= share * total) break;
    chosen.add(buyer.customerId);
    sum += Math.max(0, buyer.monetary);
  }
  return chosen;
}
