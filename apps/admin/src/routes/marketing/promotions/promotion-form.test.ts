import { describe, expect, it } from 'vitest';
import { formOfPromotion, NEW_PROMOTION, newPromotionValues, promotionFromForm, targetOptions } from './promotion-form';

const segments = [{ segment: 'new', label: 'New customers', customers: 3 }, { segment: 'lost', label: 'Lost customers', customers: 9 }];

describe('promotion form and segments', () => {
  it('targets the segment a segment page links with, and nothing for an unknown key', () => {
    expect(newPromotionValues(new URL('http://admin.test/marketing/promotions/new?segment=lost'), segments).segmentKeys).toEqual(['lost']);
    expect(newPromotionValues(new URL('http://admin.test/marketing/promotions/new?segment=vip'), segments)).toEqual(NEW_PROMOTION);
  });

  it('reads ticked segments as keys and gives a saved promotion’s keys back as ticks', () => {
    expect(promotionFromForm({ segmentKeys: ['new', 'lost'] }).segmentKeys).toEqual(['new', 'lost']);
    expect(promotionFromForm({ segmentKeys: 'new' }).segmentKeys).toEqual(['new']);
    expect(promotionFromForm({}).segmentKeys).toEqual([]);
    const saved = { ...promotionFromForm({ name: 'x', kind: 'PERCENT' }), startsAt: null, endsAt: null, segmentKeys: ['lost'] };
    expect(formOfPromotion(saved as Parameters<typeof formOfPromotion>[0]).segmentKeys).toEqual(['lost']);
  });

  it('offers the customer tiers beside the segments, and a tier page can link to a new promotion for it', () => {
    // The "small_loyal" segment and the small loyal tier are two targets with two keys.
    const options = targetOptions([...segments, { segment: 'small_loyal', label: 'Small loyal buyers', customers: 2 }], [{ key: 'tier:small_loyal', label: 'Small loyal', customers: 4 }]);
    expect(options.at(-1)).toEqual({ segment: 'tier:small_loyal', label: 'Tier: Small loyal', customers: 4 });
    expect(new Set(options.map((o) => o.segment)).size).toBe(options.length);
    expect(newPromotionValues(new URL('http://admin.test/marketing/promotions/new?segment=tier%3Asmall_loyal'), options).segmentKeys).toEqual(['tier:small_loyal']);
  });

  it('reads target ids posted one per chip, typed as a list without JavaScript, or both, each once', () => {
    expect(promotionFromForm({ productIds: ['p1', 'p2'] }).productIds).toEqual(['p1', 'p2']);
    expect(promotionFromForm({ variantIds: 'v1, v2 v3' }).variantIds).toEqual(['v1', 'v2', 'v3']);
    expect(promotionFromForm({ categoryIds: ['c1', 'c2', 'c1, c3', ''] }).categoryIds).toEqual(['c1', 'c2', 'c3']);
    expect(promotionFromForm({ partnerIds: '' }).partnerIds).toEqual([]);
  });
});
