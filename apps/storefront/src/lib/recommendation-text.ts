// The caption under a recommended product: why the shopper sees it.
import type { ProductCard, RecommendedProduct } from './catalog-types.ts';

const LEADS = { bought_together: 'Often bought with', viewed_together: 'Viewed with', similar: 'Similar to' } as const;

export function recommendationCaption(item: Pick<RecommendedProduct, 'reason' | 'because'>): string {
  if (item.reason.kind === 'popular') return 'Popular right now';
  if (item.reason.kind === 'popular_in_category') return `Popular in ${item.reason.category}`;
  return item.because ? `${LEADS[item.reason.kind]} ${item.because.title}` : 'Picked for you';
}

/**
 * The caption of a card that carries its own reason ("often bought together", the cart, an
 * order): a popular pick names its category ("Popular in Helmets"); a card without a reason
 * (an older API) gets none.
 */
export function cardCaption(card: ProductCard | (ProductCard & Pick<RecommendedProduct, 'reason' | 'because'>)): string | null {
  if (!('reason' in card)) return null;
  if (card.reason.kind === 'popular') return `Popular in ${card.category.name}`;
  return recommendationCaption(card);
}
