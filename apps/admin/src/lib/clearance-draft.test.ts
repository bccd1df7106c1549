import { describe, expect, it } from 'vitest';
import { clearanceDraftHref, clearanceDraftValues } from './clearance-draft';

describe('clearance draft link', () => {
  it('opens the clearance form with the proposal filled in and switched off', () => {
    const href = clearanceDraftHref('Beam Lamp', { variantId: 'v1', sku: 'LAMP', discountBps: 1_300 }, 7_000);
    expect(clearanceDraftValues(new URL(href, 'https://admin.example'))).toEqual({
      active: '', name: 'Match competitors: Beam Lamp', variantIds: 'v1', startAfterDays: '0', stepDays: '1', stepPercent: '13', maxPercent: '13', floorPercent: '70',
    });
  });

  it('leaves an ordinary visit alone', () => {
    expect(clearanceDraftValues(new URL('https://admin.example/marketing/clearance?saved=1'))).toBeNull();
  });
});
