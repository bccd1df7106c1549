import { describe, expect, it } from 'vitest';
import { cardCaption, recommendationCaption } from './recommendation-text.ts';

describe('recommendationCaption', () => {
  it('says why, naming the product of the history', () => {
    const because = { id: 'p1', title: 'Aero Helmet', slug: 'aero-helmet' };
    expect(recommendationCaption({ reason: { kind: 'bought_together', productId: 'p1' }, because })).toBe('Often bought with Aero Helmet');
    expect(recommendationCaption({ reason: { kind: 'similar', productId: 'p1' }, because })).toBe('Similar to Aero Helmet');
    expect(recommendationCaption({ reason: { kind: 'viewed_together', productId: 'p1' }, because: null })).toBe('Picked for you');
    expect(recommendationCaption({ reason: { kind: 'popular' }, because: null })).toBe('Popular right now');
    expect(recommendationCaption({ reason: { kind: 'popular_in_category', productId: 'p1', category: 'Road Bikes' }, because })).toBe('Popular in Road Bikes');
  });

  it('names the category of a popular card, and says nothing for a card without a reason', () => {
    const card = { id: 'p2', slug: 'lock', title: 'Lock', category: { slug: 'locks', name: 'Locks', path: 'gear/locks' } } as unknown as Parameters<typeof cardCaption>[0];
    expect(cardCaption({ ...card, reason: { kind: 'popular' }, because: null } as Parameters<typeof cardCaption>[0])).toBe('Popular in Locks');
    expect(cardCaption({ ...card, reason: { kind: 'bought_together', productId: 'p1' }, because: { id: 'p1', title: 'Aero Helmet', slug: 'aero-helmet' } } as Parameters<typeof cardCaption>[0])).toBe('Often bought with Aero Helmet');
    expect(cardCaption(card)).toBeNull();
  });
});
