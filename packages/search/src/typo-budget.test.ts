import { describe, expect, it } from 'vitest';
import { typoBudget, typoCount, withinTypoBudget } from './typo-budget.ts';

describe('typo budget', () => {
  it('allows no typo below five letters, one below nine, two from nine', () => {
    expect([typoBudget('cafe'), typoBudget('helmt'), typoBudget('montainn'), typoBudget('xylophone')]).toEqual([0, 1, 1, 2]);
  });
  it('counts a swap of neighbours as one typo and a wrong first letter as two', () => {
    expect(typoCount('gravle', 'gravel')).toBe(1);
    expect(typoCount('helmt', 'helmet')).toBe(1);
    expect(typoCount('velmet', 'helmet')).toBe(2);
  });
  it('rejects corrections far from the typed word, whatever their trigrams share', () => {
    expect(withinTypoBudget('xylophone', 'phone')).toBe(false);
    expect(withinTypoBudget('cafe', 'cade')).toBe(false);
    expect(withinTypoBudget('montain', 'mountain')).toBe(true);
  });
});
