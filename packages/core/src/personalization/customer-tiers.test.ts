import { describe, expect, it } from 'vitest';
import { revenueConcentration, tierOf } from './customer-tiers.ts';
import { scoreRfm, type CustomerPurchases } from './rfm.ts';

const now = new Date('2011-09-01T00:00:00Z');
/** `count` orders worth `total` together, the latest `lastDaysAgo` days ago, one a day before it. */
function customer(customerId: string, total: number, count: number, lastDaysAgo: number): CustomerPurchases {
  const each = Math.floor(total / count);
  return {
    customerId,
    orders: Array.from({ length: count }, (_, i) => ({ amount: i === 0 ? total - each * (count - 1) : each, paidAt: new Date(now.getTime() - (lastDaysAgo + i) * 86_400_000) })),
  };
}

// Ten customers whose quintiles are worked out by hand (ten buyers: two per quintile):
//            spend  orders  last order   M F R   tier
// a           1000      10     1 day     5 5 5   large loyal
// b            900       9     2 days    5 5 5   large loyal
// c            800       1   300 days    4 1 2   large switching (one order, long ago)
// d            700       2   250 days    4 2 2   large switching
// e            500       3   200 days    3 2 3   medium transactional
// f            400       8     5 days    3 4 3   medium transactional
// g            100       7     3 days    2 4 4   small loyal
// h             90       6     4 days    2 3 4   small loyal
// i             20       1   400 days    1 1 1   none
// j             10       5   350 days    1 3 1   none (bought often, but not lately)
const log = [
  customer('a', 1000, 10, 1), customer('b', 900, 9, 2), customer('c', 800, 1, 300), customer('d', 700, 2, 250), customer('e', 500, 3, 200),
  customer('f', 400, 8, 5), customer('g', 100, 7, 3), customer('h', 90, 6, 4), customer('i', 20, 1, 400), customer('j', 10, 5, 350),
];

describe('customer tiers', () => {
  const scores = scoreRfm(log, { now });
  const tiers = Object.fromEntries(scores.map((s) => [s.customerId, tierOf(s)]));

  it('puts each customer of a known log in the tier its RFM quintiles give', () => {
    expect(Object.fromEntries(scores.map((s) => [s.customerId, [s.monetaryScore, s.frequencyScore, s.recencyScore]]))).toMatchObject({ c: [4, 1, 2], h: [2, 3, 4], j: [1, 3, 1] });
    expect(tiers).toEqual({
      a: 'large_loyal', b: 'large_loyal', c: 'large_switching', d: 'large_switching', e: 'medium_transactional',
      f: 'medium_transactional', g: 'small_loyal', h: 'small_loyal', i: null, j: null,
    });
  });

  it('calls a big buyer switching once they stop buying often or lately', () => {
    expect(tierOf({ monetaryScore: 5, frequencyScore: 5, recencyScore: 3 })).toBe('large_loyal');
    expect(tierOf({ monetaryScore: 5, frequencyScore: 5, recencyScore: 2 })).toBe('large_switching');
    expect(tierOf({ monetaryScore: 4, frequencyScore: 2, recencyScore: 5 })).toBe('large_switching');
    expect(tierOf({ monetaryScore: 2, frequencyScore: 3, recencyScore: 2 })).toBeNull();
  });

  it('says what share of revenue the top 20 % of customers bring', () => {
    // a and b: 1,900 of 4,520.
    expect(revenueConcentration(log.map((c) => c.orders.reduce((sum, o) => sum + o.amount, 0)))).toEqual({ topShare: 0.2, topCustomers: 2, customers: 10, revenueShare: 1900 / 4520 });
    expect(revenueConcentration([5, 1, 1], 0.2)).toMatchObject({ topCustomers: 1, revenueShare: 5 / 7 });
    expect(revenueConcentration([])).toMatchObject({ topCustomers: 0, revenueShare: 0 });
  });
});
