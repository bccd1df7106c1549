import { describe, expect, it } from 'vitest';
import { recommendationCaption } from './recommendation-text.ts';

describe('recommendationCaption', () => {
  it('says why, naming the product of the history', () => {
    const because = { id: 'p1', title: 'Aero Helmet', slug: 'aero-helmet' };
    expect(recommendationCaption({ reason: { kind: 'bought_together', productId: 'p1' }, because })).toBe('Often bought with Aero Helmet');
    expect(recommendationCaption({ reason: { kind: 'similar', productId: 'p1' }, because })).toBe('Similar to Aero Helmet');
    expect(recommendationCaption({ reason: { kind: 'viewed_together', productId: 'p1' }, because: null })).toBe('Picked for you');
    expect(recommendationCaption({ reason: { kind: 'popular' }, because: null })).toBe('Popular right now');
  });
});
