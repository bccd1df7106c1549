import { describe, expect, it } from 'vitest';
import { defaultBlendGrid, learnBlendWeights, validationSlice, type BlendSetting } from './blend-tuning.ts';
import { recommendForYou } from './for-you.ts';
import { generateSyntheticEvents } from './synthetic-events.ts';
import type { Interaction, ProductFeatures } from './types.ts';

const now = new Date('2026-11-23T12:00:00Z');
const DAY = 86_400_000;
const at = (daysAgo: number) => new Date(now.getTime() - daysAgo * DAY);

describe('the popularity prior of the blend', () => {
  const neighbours = { boughtTogether: new Map([['mug', [{ productId: 'rare-plate', score: 0.5 }, { productId: 'best-plate', score: 0.45 }]]]), viewedTogether: new Map(), content: new Map() };
  const input = {
    history: [{ productId: 'mug', kind: 'PURCHASE' as const, at: at(1) }],
    now,
    neighbours,
    popular: [{ productId: 'best-plate', score: 100 }, { productId: 'rare-plate', score: 1 }],
    isEligible: () => true,
    categoryOf: () => undefined,
    limit: 2,
  };

  it('leaves the neighbours in their order without a prior, and lifts the best seller with one', () => {
    expect(recommendForYou(input).map((r) => r.productId)).toEqual(['rare-plate', 'best-plate']);
    expect(recommendForYou({ ...input, popularPrior: 0.3 }).map((r) => r.productId)).toEqual(['best-plate', 'rare-plate']);
  });

  it('counts each table by the weights asked for', () => {
    const withContent = { ...neighbours, content: new Map([['mug', [{ productId: 'cup', score: 0.9 }]]]) };
    expect(recommendForYou({ ...input, neighbours: withContent, limit: 1 })[0]?.productId).toBe('rare-plate');
    expect(recommendForYou({ ...input, neighbours: withContent, limit: 1, weights: { content: 1 } })[0]?.productId).toBe('cup');
  });
});

describe('learning the blend on the training log only', () => {
  const catalog: ProductFeatures[] = Array.from({ length: 120 }, (_, i) => ({ productId: `p${String(i).padStart(3, '0')}`, categoryPath: [`leaf${Math.floor(i / 10)}`], brandId: null, attributes: [], title: `product ${i}` }));
  const log = generateSyntheticEvents({ products: catalog.map((p) => ({ productId: p.productId, categoryId: p.categoryPath[0]! })), customers: 300, days: 90, now, seed: 3 });
  const trainEnd = at(20);
  const nothing: BlendSetting = { weights: { boughtTogether: 0, viewedTogether: 0, content: 0, popular: 0 }, popularPrior: 0, halfLifeDays: 14 };

  it('never reads past the end of training: the test period cannot change what is learned', () => {
    const train = log.interactions.filter((i) => i.at < trainEnd);
    const scrambled: Interaction[] = [...log.interactions, ...train.map((i) => ({ ...i, productId: 'p000', at: at(5) }))];
    const grid = defaultBlendGrid().slice(0, 4);
    const a = learnBlendWeights(validationSlice(train, catalog, trainEnd, 14), grid);
    const b = learnBlendWeights(validationSlice(scrambled, catalog, trainEnd, 14), grid);
    expect(b).toEqual(a);
    expect(validationSlice(train, catalog, trainEnd, 14).from).toEqual(at(34));
  });

  it('picks the setting that does best on the validation days, and reports every one', () => {
    const slice = validationSlice(log.interactions, catalog, trainEnd, 14);
    const tuning = learnBlendWeights(slice, [nothing, ...defaultBlendGrid().slice(0, 2)]);
    expect(tuning.best).not.toEqual(nothing);
    expect(tuning.tried).toHaveLength(3);
    expect(tuning.tried.at(-1)?.setting).toEqual(nothing);
    expect(tuning.tried[0]!.hitRate).toBeGreaterThan(tuning.tried.at(-1)!.hitRate);
  });
});
