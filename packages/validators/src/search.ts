// Inputs of the search API (search.query, search.suggest), shared by the tRPC router and the
// storefront's URL parsing.
import { z } from 'zod';
import { line, multiline } from './text.ts';
import { AttributeName, AttributeValue, fewAttributeFilters, MinorAmount, priceRangeInOrder, Slug } from './catalog.ts';

export const SearchSort = z.enum(['relevance', 'price-asc', 'price-desc', 'newest', 'rating', 'best-offer']);
export type SearchSort = z.infer<typeof SearchSort>;

/** A category path such as "bikes/road": slugs joined by "/". */
export const CategoryPath = line()
  .trim()
  .max(300)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*(?:\/[a-z0-9]+(?:-[a-z0-9]+)*)*$/, 'A category path is slugs joined by "/", such as bikes/road');

// Multi-line on purpose: a pasted line break or tab is folded into a space below, not refused.
const QueryText = multiline().max(200, 'A search is at most 200 characters').transform((text) => text.trim().replace(/\s+/g, ' '));

export const SearchQueryInput = z
  .object({
    /** What the shopper typed; empty lists everything that passes the filters. */
    q: QueryText.default(''),
    category: CategoryPath.optional(),
    brands: z.array(Slug).max(50).optional(),
    /** Lowest "from" price, in minor units. */
    minPrice: MinorAmount.optional(),
    maxPrice: MinorAmount.optional(),
    /** Highest best offer (the store's price or a cheaper offer elsewhere), in minor units. */
    maxBestPrice: MinorAmount.optional(),
    attributes: z.record(AttributeName, z.array(AttributeValue).min(1).max(50)).optional(),
    inStock: z.boolean().optional(),
    sort: SearchSort.default('relevance'),
    page: z.number().int().min(1).max(200, 'Refine the search to see more than 200 pages').default(1),
    pageSize: z.number().int().min(1).max(60).default(24),
    withFacets: z.boolean().default(true),
  })
  .refine(...priceRangeInOrder)
  .refine(...fewAttributeFilters);
export type SearchQueryInput = z.input<typeof SearchQueryInput>;
export type SearchQuery = z.output<typeof SearchQueryInput>;

export const SearchSuggestInput = z.object({
  q: QueryText.pipe(line().min(1, 'Type something to get suggestions')),
  limit: z.number().int().min(1).max(10).default(6),
});
export type SearchSuggestInput = z.input<typeof SearchSuggestInput>;
