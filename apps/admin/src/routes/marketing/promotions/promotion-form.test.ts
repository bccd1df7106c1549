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
    const options = targetOptions(segments, [{ tier: 'large_loyal', label: 'Large loyal', customers: 4 }]);
    expect(options.at(-1)).toEqual({ segment: 'large_loyal', label: 'Tier: Large loyal', customers: 4 });
    expect(newPromotionValues(new URL('http://admin.test/marketing/promotions/new?segment=large_loyal'), options).segmentKeys).toEqual(['large_loyal']);
  });
});
