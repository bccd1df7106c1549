import { describe, expect, it } from 'vitest';
import { coOccurrenceNeighbours } from './co-occurrence.ts';
import { contentNeighbours } from './content-similarity.ts';
import { recommendForYou } from './for-you.ts';
import { runOfflineEvaluation } from './offline-evaluation.ts';
import { popularity } from './popularity.ts';
import { generateSyntheticEvents } from './synthetic-events.ts';
import type { ProductFeatures } from './types.ts';

const now = new Date('2026-11-23T12:00:00Z');
const DAY = 86_400_000;
const at = (daysAgo: number) => new Date(now.getTime() - daysAgo * DAY);

/** 12 leaf categories under 4 parents, 20 products each. */
const catalog: ProductFeatures[] = Array.from({ length: 240 }, (_, i) => {
  const leaf = Math.floor(i / 20);
  return {
    productId: `p${String(i).padStart(3, '0')}`,
    categoryPath: [`top${Math.floor(leaf / 3)}`, `leaf${leaf}`],
    brandId: `brand${i % 7}`,
    attributes: [`colour=${['red', 'black', 'blue'][i % 3]}`, `size=${['s', 'm', 'l', 'xl'][i % 4]}`],
    title: `Product ${i} ${['Aero', 'Trail', 'City', 'Gravel'][leaf % 4]}`,
  };
});

describe('co-occurrence', () => {
  it('pairs products bought together, symmetric, recent baskets counting more, single sightings ignored', () => {
    const table = coOccurrenceNeighbours(
      [
        { visitor: 'a', productIds: ['bike', 'helmet'], at: at(1) },
        { visitor: 'b', productIds: ['bike', 'helmet', 'lock'], at: at(2) },
        { visitor: 'c', productIds: ['bike', 'lock'], at: at(300) },
        { visitor: 'd', productIds: ['bike', 'lock'], at: at(310) },
        { visitor: 'e', productIds: ['bike', 'bell'], at: at(1) },
      ],
      { now, minSupport: 2 },
    );
    const bike = table.get('bike')!;
    expect(bike.map((n) => n.productId)).toEqual(['helmet', 'lock']);
    expect(table.get('helmet')?.[0]).toEqual({ productId: 'bike', score: bike[0]!.score });
    expect(table.has('bell')).toBe(false);
  });

  it('gives the same table whatever the order of the baskets', () => {
    const baskets = Array.from({ length: 50 }, (_, i) => ({ visitor: `v${i}`, productIds: [`p${i % 5}`, `p${(i * 3) % 7}`, `p${i % 2}`], at: at(i) }));
    const forward = coOccurrenceNeighbours(baskets, { now });
    const backward = coOccurrenceNeighbours([...baskets].reverse(), { now });
    expect([...backward].sort()).toEqual([...forward].sort());
  });
});

describe('content similarity', () => {
  it('finds products of the same leaf category first, then the same parent', () => {
    const table = contentNeighbours(catalog, { topK: 30 });
    const neighbours = table.get('p000')!;
    expect(neighbours.slice(0, 19).every((n) => Number(n.productId.slice(1)) < 20)).toBe(true);
    expect(neighbours.some((n) => Number(n.productId.slice(1)) >= 20)).toBe(true);
    for (const n of neighbours) expect(n.score).toBeLessThanOrEqual(1);
  });
});

describe('popularity and trending', () => {
  it('weighs purchases over views and finds what is rising', () => {
    const events = [
      ...Array.from({ length: 30 }, (_, i) => ({ visitor: `v${i}`, productId: 'steady', kind: 'VIEW' as const, at: at(8 + (i % 20)) })),
      ...Array.from({ length: 6 }, (_, i) => ({ visitor: `w${i}`, productId: 'rising', kind: 'VIEW' as const, at: at(i % 5) })),
      { visitor: 'x', productId: 'bought', kind: 'PURCHASE' as const, at: at(1) },
      { visitor: 'y', productId: 'viewed', kind: 'VIEW' as const, at: at(1) },
    ];
    const { popular, trending } = popularity(events, { now });
    expect(popular[0]?.productId).toBe('steady');
    const rank = (id: string) => popular.findIndex((p) => p.productId === id);
    expect(rank('bought')).toBeLessThan(rank('viewed'));
    expect(trending[0]?.productId).toBe('rising');
  });
});

describe('for you', () => {
  const neighbours = {
    boughtTogether: new Map([['bike', [{ productId: 'helmet', score: 0.8 }, { productId: 'lock', score: 0.5 }]]]),
    viewedTogether: new Map([['bike', [{ productId: 'bike2', score: 0.9 }]]]),
    content: new Map([['bike', [{ productId: 'bike3', score: 0.7 }, { productId: 'hidden', score: 0.99 }]]]),
  };
  const categories: Record<string, string> = { helmet: 'helmets', lock: 'locks', bike2: 'bikes', bike3: 'bikes', tube: 'parts', hidden: 'bikes', pop1: 'parts', pop2: 'bikes' };
  const base = {
    now,
    neighbours,
    popular: [{ productId: 'pop1', score: 10 }, { productId: 'pop2', score: 5 }],
    isEligible: (id: string) => id !== 'hidden',
    categoryOf: (id: string) => categories[id],
    limit: 10,
  };

  it('blends the tables for the history, says why, and fills with popular products', () => {
    const result = recommendForYou({ ...base, history: [{ productId: 'bike', kind: 'VIEW', at: at(1) }] });
    // helmet 0.8 × 1, bike2 0.9 × 0.6, lock 0.5 × 1, bike3 0.7 × 0.35, then popularity.
    expect(result.map((r) => r.productId)).toEqual(['helmet', 'bike2', 'lock', 'bike3', 'pop1', 'pop2']);
    expect(result[0]?.reason).toEqual({ kind: 'bought_together', productId: 'bike' });
    expect(result.at(-1)?.reason).toEqual({ kind: 'popular' });
  });

  it('leaves out what was bought (unless consumable), hidden products, and caps a category', () => {
    const history = [
      { productId: 'bike', kind: 'VIEW' as const, at: at(1) },
      { productId: 'helmet', kind: 'PURCHASE' as const, at: at(2) },
    ];
    const ids = recommendForYou({ ...base, history, maxPerCategory: 1 }).map((r) => r.productId);
    expect(ids).not.toContain('helmet');
    expect(ids).not.toContain('hidden');
    expect(ids.slice(0, 3)).toEqual(['bike2', 'lock', 'pop1']);
    const again = recommendForYou({ ...base, history, isConsumable: (id) => id === 'helmet', neighbours: { ...neighbours, boughtTogether: new Map([['bike', [{ productId: 'helmet', score: 0.8 }]]]) } }).map((r) => r.productId);
    expect(again).toContain('helmet');
  });

  it('stands in the best sellers of a new product’s category, "Popular in" it, above the overall popular fill', () => {
    const roadBikes = { category: 'Road Bikes', products: [{ productId: 'newbike', score: 9 }, { productId: 'bike2', score: 6 }, { productId: 'hidden', score: 5 }, { productId: 'bike3', score: 3 }] };
    const categoryPopular = (id: string) => (id === 'newbike' ? roadBikes : undefined);
    const history = [{ productId: 'newbike', kind: 'VIEW' as const, at: at(1) }];
    const result = recommendForYou({ ...base, history, categoryPopular });
    // The viewed product itself and the hidden one are left out; popularity fills after.
    expect(result.map((r) => r.productId)).toEqual(['bike2', 'bike3', 'pop1', 'pop2']);
    expect(result[0]?.reason).toEqual({ kind: 'popular_in_category', productId: 'newbike', category: 'Road Bikes' });
    expect(result[2]?.reason).toEqual({ kind: 'popular' });
    // A history product with neighbours speaks for itself: its category is not asked for.
    const known = recommendForYou({ ...base, history: [{ productId: 'bike', kind: 'VIEW', at: at(1) }], categoryPopular: () => roadBikes });
    expect(known.some((r) => r.reason.kind === 'popular_in_category')).toBe(false);
  });

  it('is deterministic', () => {
    const history = [{ productId: 'bike', kind: 'VIEW' as const, at: at(1) }];
    expect(recommendForYou({ ...base, history })).toEqual(recommendForYou({ ...base, history }));
  });
});

describe('offline evaluation on a log with planted preferences', () => {
  const log = generateSyntheticEvents({ products: catalog.map((p) => ({ productId: p.productId, categoryId: p.categoryPath.at(-1)! })), customers: 600, days: 90, now, seed: 7 });
  const evaluation = runOfflineEvaluation(log.interactions, catalog, at(20));
  const result = (name: string) => evaluation.results.find((r) => r.name === name)!;

  it('has enough test visitors to mean something', () => {
    expect(evaluation.testVisitors).toBeGreaterThan(100);
  });

  it('recovers the planted preferences well above the popularity baseline', () => {
    const baseline = result('popularity (baseline)');
    const blend = result('for you (blend)');
    expect(blend.hitRate).toBeGreaterThan(baseline.hitRate * 1.5);
    expect(blend.ndcg).toBeGreaterThan(baseline.ndcg * 1.5);
    expect(result('viewed together').hitRate).toBeGreaterThan(baseline.hitRate);
    expect(blend.coverage).toBeGreaterThan(baseline.coverage * 3);
  });

  it('measures what the store serves: the served blend and "similar" beat popularity too', () => {
    const baseline = result('popularity (baseline)');
    expect(result('for you (blend, served setting)').hitRate).toBeGreaterThan(baseline.hitRate * 1.5);
    expect(result('similar (same kind, served setting)').hitRate).toBeGreaterThan(baseline.hitRate * 1.5);
  });
});
