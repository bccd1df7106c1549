import { describe, expect, it } from 'vitest';
import { validationSlice } from './blend-tuning.ts';
import { defaultSubstituteGrid, learnSubstituteSetting, similarRecommender } from './similar-evaluation.ts';
import { SIMILAR_SETTING } from './similar-substitutes.ts';
import { generateSyntheticEvents } from './synthetic-events.ts';
import type { ProductFeatures } from './types.ts';

const now = new Date('2026-11-23T12:00:00Z');
const DAY = 86_400_000;
const catalog: ProductFeatures[] = Array.from({ length: 120 }, (_, i) => ({ productId: `p${String(i).padStart(3, '0')}`, categoryPath: [`leaf${Math.floor(i / 10)}`], brandId: null, attributes: [], title: `product ${i}` }));
const log = generateSyntheticEvents({ products: catalog.map((p) => ({ productId: p.productId, categoryId: p.categoryPath[0]! })), customers: 300, days: 90, now, seed: 3 });
const trainEnd = new Date(now.getTime() - 20 * DAY);
const kindOf = (id: string) => `leaf${Math.floor(Number(id.slice(1)) / 10)}`;

describe('"similar" measured on a shopper\'s history', () => {
  const slice = validationSlice(log.interactions, catalog, trainEnd, 14);

  it('recommends only products of the kinds the shopper has, none they had', () => {
    const recommend = similarRecommender(slice.tables, slice.categoryOf, SIMILAR_SETTING, slice.from);
    for (const { history } of slice.split.cases.slice(0, 50)) {
      const kinds = new Set(history.map((h) => kindOf(h.productId)));
      const had = new Set(history.map((h) => h.productId));
      const shown = recommend(history);
      expect(shown.length).toBeGreaterThan(0);
      expect(shown.filter((id) => !kinds.has(kindOf(id)) || had.has(id))).toEqual([]);
    }
  });

  it('learns its setting on the validation days, the served one first in the grid, and reports every one', () => {
    const grid = defaultSubstituteGrid();
    expect(grid[0]).toEqual(SIMILAR_SETTING);
    const tuning = learnSubstituteSetting(slice, grid.slice(0, 3));
    expect(tuning.tried).toHaveLength(3);
    expect(tuning.tried.map((t) => t.hitRate)).toEqual([...tuning.tried.map((t) => t.hitRate)].sort((a, b) => b - a));
    expect(tuning.best).toEqual(tuning.tried[0]!.setting);
  });
});
