// The segments and tiers a marketing form can name (promotion targets, a preview's sample
// shopper), loaded once per page.
import type { Api } from '$lib/server/api';
import { targetOptions, type SegmentOption } from './promotions/promotion-form';

export async function segmentOptions(api: Api): Promise<SegmentOption[]> {
  const [summary, { tiers }] = await Promise.all([api.adminPersonalization.segments.query(), api.adminPersonalization.tiers.query()]);
  return targetOptions(summary.segments, tiers);
}
