// The caption under a recommended product: why the shopper sees it.
import type { RecommendedProduct } from './catalog-types.ts';

const LEADS = { bought_together: 'Often bought with', viewed_together: 'Viewed with', similar: 'Similar to' } as const;

export function recommendationCaption(item: Pick<RecommendedProduct, 'reason' | 'because'>): string {
  if (item.reason.kind === 'popular') return 'Popular right now';
  return item.because ? `${LEADS[item.reason.kind]} ${item.because.title}` : 'Picked for you';
}
