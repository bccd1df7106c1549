import { describe, expect, it } from 'vitest';
import { quintiles, scoreRfm, type CustomerPurchases } from './rfm.ts';

const now = new Date('2026-11-23T00:00:00Z');
const daysAgo = (n: number) => new Date(now.getTime() - n * 86_400_000);
const orders = (count: number, amount: number, lastDaysAgo: number, spacing = 20) =>
  Array.from({ length: count }, (_, i) => ({ amount, paidAt: daysAgo(lastDaysAgo + i * spacing) }));

describe('quintiles', () => {
  it('scores 1–5 by rank and never splits ties', () => {
    expect(quintiles([10, 20, 30, 40, 50])).toEqual([1, 2, 3, 4, 5]);
    expect(quintiles([5, 5, 5, 5])).toEqual([1, 1, 1, 1]);
    expect(quintiles([1, 2, 2, 3, 4, 5, 6, 7, 8, 9])).toEqual([1, 1, 1, 2, 3, 3, 4, 4, 5, 5]);
  });
});

describe('RFM segments', () => {
  const customers: CustomerPurchases[] = [
    { customerId: 'whale', orders: orders(6, 400_000, 5) },
    { customerId: 'drifting', orders: orders(3, 150_000, 200, 30) },
    { customerId: 'newbie', orders: orders(1, 5_000, 3) },
    { customerId: 'gone', orders: orders(2, 20_000, 500) },
    ...Array.from({ length: 6 }, (_, i) => ({ customerId: `loyal${i}`, orders: orders(8, 2_000, 10 + i) })),
    ...Array.from({ length: 6 }, (_, i) => ({ customerId: `mid${i}`, orders: orders(2, 30_000, 60 + i * 5) })),
    { customerId: 'nobody', orders: [] },
  ];
  const scores = new Map(scoreRfm(customers, { now }).map((s) => [s.customerId, s]));

  it('names the classic segments', () => {
    expect(scores.get('whale')?.segment).toBe('key_account');
    expect(scores.get('drifting')?.segment).toBe('big_spender_drifting');
    expect(scores.get('newbie')?.segment).toBe('new');
    expect(scores.get('gone')?.segment).toBe('lost');
    expect(scores.get('loyal0')?.segment).toBe('small_loyal');
    expect(scores.get('mid0')?.segment).toBe('mid_transactional');
    expect(scores.has('nobody')).toBe(false);
  });

  it('computes recency, frequency and monetary exactly', () => {
    // Ranked 10th of 16 by frequency (the six loyal buyers order more often): score 3.
    expect(scores.get('whale')).toMatchObject({ recencyDays: 5, frequency: 6, monetary: 2_400_000, monetaryScore: 5, frequencyScore: 3 });
    // The six loyal buyers tie at the top and share the score of their first rank (10th of 16).
    expect(scores.get('loyal0')?.frequencyScore).toBe(4);
    expect(scores.get('gone')?.recencyScore).toBe(1);
  });
});
