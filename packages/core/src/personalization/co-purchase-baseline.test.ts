import { describe, expect, it } from 'vitest';
import { coPurchaseCounts, coPurchaseRecommender } from './co-purchase-baseline.ts';
import { evaluate, timeSplit } from './evaluation.ts';
import type { Interaction } from './types.ts';

const buy = (visitor: string, productId: string, day: number): Interaction => ({ visitor, productId, kind: 'PURCHASE', at: new Date(Date.UTC(2011, 0, day, 12)) });

describe('co-purchase baseline', () => {
  it('ranks by the number of baskets bought with the history and never repeats the history', () => {
    const train = [buy('a', 'mug', 1), buy('a', 'tea', 1), buy('b', 'mug', 2), buy('b', 'tea', 2), buy('c', 'mug', 3), buy('c', 'spoon', 3), buy('d', 'tea', 4), buy('d', 'spoon', 4)];
    const recommend = coPurchaseRecommender(coPurchaseCounts(train));
    // tea: 2 baskets with the mug; spoon: 1 with the mug.
    expect(recommend([buy('x', 'mug', 5)])).toEqual(['tea', 'spoon']);
    // With both in the history, only the spoon is left, scored 1 + 1 over the two items.
    expect(recommend([buy('x', 'mug', 5), buy('x', 'tea', 5)])).toEqual(['spoon']);
  });
});

describe('evaluate', () => {
  it('reports novelty as the self-information of what is shown, higher for rarer items', () => {
    const log = [buy('a', 'mug', 1), buy('b', 'mug', 1), buy('c', 'mug', 1), buy('d', 'mug', 1), buy('d', 'rare', 1), buy('a', 'rare', 20), buy('b', 'mug2', 20)];
    const split = timeSplit(log, new Date(Date.UTC(2011, 0, 10)));
    expect(split.trainVisitors).toBe(4);
    const common = evaluate('common', () => ['mug'], split, 3);
    const rare = evaluate('rare', () => ['rare'], split, 3);
    expect(common.novelty).toBeCloseTo(0);
    expect(rare.novelty).toBeCloseTo(2);
    expect(rare.hitRate).toBe(0.5);
  });
});
