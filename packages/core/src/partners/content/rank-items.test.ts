import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rankItems, relevance, wordsOf, type RankableItem } from './rank-items.ts';

const item = (id: string, categoryIds: string[], keywords: string[], day = 1): RankableItem => ({ id, categoryIds, keywords, updatedAt: new Date(Date.UTC(2026, 0, day)) });
const bikePage = { categoryTrail: ['road', 'bikes'], words: wordsOf('Aero road bike', 'carbon', 'Road bikes') };

describe('rankItems', () => {
  it('puts items of the product category first, then ancestors and keywords, and never unrelated ones', () => {
    const ranked = rankItems([
      item('helmet', ['helmets'], ['helmet']),
      item('jersey-bikes', ['bikes'], []),
      item('jersey-road', ['road'], []),
      item('carbon-bottle', [], ['carbon']),
    ], bikePage, 5);
    expect(ranked.map((i) => i.id)).toEqual(['jersey-road', 'jersey-bikes', 'carbon-bottle']);
  });

  it('counts each matching keyword and breaks ties by the newest', () => {
    expect(relevance(item('x', [], ['aero', 'carbon', 'gravel']), bikePage)).toBe(2);
    expect(rankItems([item('old', ['road'], [], 1), item('new', ['road'], [], 5)], bikePage, 1).map((i) => i.id)).toEqual(['new']);
  });

  it('returns at most `limit` items, all related', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ cats: fc.subarray(['road', 'bikes', 'shoes']), kws: fc.subarray(['aero', 'carbon', 'wool']) }), { maxLength: 20 }), fc.integer({ min: 1, max: 6 }), (specs, limit) => {
        const ranked = rankItems(specs.map((s, i) => item(`i${i}`, s.cats, s.kws)), bikePage, limit);
        expect(ranked.length).toBeLessThanOrEqual(limit);
        for (const r of ranked) expect(relevance(r, bikePage)).toBeGreaterThan(0);
      }),
    );
  });
});
