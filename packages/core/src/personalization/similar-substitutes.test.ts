import { describe, expect, it } from 'vitest';
import type { KindInfo } from './product-kinds.ts';
import { rankSubstitutes, substituteEvidence, type SubstituteSetting } from './similar-substitutes.ts';
import type { ScoredProduct } from './types.ts';

const catalog: Record<string, KindInfo> = {
  mug: { kind: 'mug', priceAmount: 500 },
  'red-mug': { kind: 'mug', priceAmount: 450 },
  'blue-mug': { kind: 'mug', priceAmount: 520 },
  'gold-mug': { kind: 'mug', priceAmount: 5_000 },
  'best-mug': { kind: 'mug', priceAmount: 500 },
  plate: { kind: 'plate', priceAmount: 800 },
  'blue-plate': { kind: 'plate', priceAmount: 800 },
};
const list = (...entries: [string, number][]): ScoredProduct[] => entries.map(([productId, score]) => ({ productId, score }));
const lists: Record<string, { content: ScoredProduct[]; boughtTogether: ScoredProduct[]; viewedTogether: ScoredProduct[] }> = {
  mug: { content: list(['red-mug', 0.6], ['plate', 0.9], ['blue-mug', 0.4]), boughtTogether: list(['plate', 0.9], ['blue-mug', 0.03]), viewedTogether: [] },
  plate: { content: list(['blue-plate', 0.5]), boughtTogether: [], viewedTogether: [] },
};
const neighbours = (id: string) => lists[id] ?? { content: [], boughtTogether: [], viewedTogether: [] };
const info = (id: string) => catalog[id];
const plain: SubstituteSetting = { coPurchaseWeight: 0, popularPrior: 0, kindBreadth: 0 };
const ids = (anchors: string[], setting: SubstituteSetting, popular: ScoredProduct[] = []) =>
  rankSubstitutes(anchors.map((productId) => ({ productId, weight: 1 })), substituteEvidence(neighbours, info, popular), setting, 10).map((s) => s.productId);

describe('"similar products" as substitutes', () => {
  it('keeps the anchor\'s kind only, never the anchor itself', () => {
    expect(ids(['mug'], plain)).toEqual(['red-mug', 'blue-mug']);
  });

  it('lets bought together reorder the same-kind candidates', () => {
    expect(ids(['mug'], { ...plain, coPurchaseWeight: 10 })).toEqual(['blue-mug', 'red-mug']);
  });

  it('lifts what people buy more with a popularity prior', () => {
    const popular = list(['blue-mug', 100], ['red-mug', 10]);
    expect(ids(['mug'], plain, popular)).toEqual(['red-mug', 'blue-mug']);
    expect(ids(['mug'], { ...plain, popularPrior: 1 }, popular)).toEqual(['blue-mug', 'red-mug']);
  });

  it('adds the kind\'s best sellers as candidates only when asked, and never of another kind', () => {
    const popular = list(['best-mug', 300], ['plate', 200], ['gold-mug', 1]);
    expect(ids(['mug'], { ...plain, popularPrior: 1 }, popular)).not.toContain('best-mug');
    expect(ids(['mug'], { ...plain, popularPrior: 1, kindBreadth: 1 }, popular)).toEqual(['best-mug', 'red-mug', 'blue-mug']);
  });

  it('ranks a candidate close in price above an equally similar one far from it', () => {
    lists.mug = { content: list(['gold-mug', 0.5], ['red-mug', 0.5]), boughtTogether: [], viewedTogether: [] };
    expect(ids(['mug'], plain)).toEqual(['red-mug', 'gold-mug']);
    delete lists.mug;
  });

  it('merges several anchors by weight and names the anchor each substitute comes from', () => {
    const evidence = substituteEvidence(neighbours, info, []);
    const ranked = rankSubstitutes([{ productId: 'plate', weight: 2 }, { productId: 'red-mug', weight: 1 }, { productId: 'x', weight: 5 }], evidence, plain, 10);
    expect(ranked.map((s) => [s.productId, s.anchorId])).toEqual([['blue-plate', 'plate']]);
  });
});
