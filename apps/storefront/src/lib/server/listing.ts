// Loads one listing page (all products or one category) from its URL; shared by both routes.
import { findBySlug } from '$lib/category-tree';
import type { CatalogPage, CategoryNode, ListingData, SubcategoryLink } from '$lib/catalog-types';
import { parseListingQuery } from '$lib/listing-query';
import { clearedFilters, type ListingState } from '$lib/listing-state';
import type { CatalogListInput } from '@tandem/validators';
import type { Api } from './api';
import { describeApiError, rethrowApiError } from '@tandem/web-kit/api-error';
import { withTodayPrices } from './today-prices';

/**
 * Reads the listing query, asks the API for the page, and links the sub-category facet to
 * category paths. `tree` is the layout's category tree (awaited alongside the API call).
 * Input the API still rejects (an expired cursor, say) is dropped with a message, not a crash.
 */
export async function loadListing(
  api: Api,
  url: URL,
  tree: Promise<readonly CategoryNode[]>,
  categorySlug?: string,
): Promise<ListingData> {
  const parsed = parseListingQuery(url.searchParams, { category: categorySlug });
  const [{ page, state, errors }, nodes] = await Promise.all([queryOrRecover(api, parsed.input, parsed.state, parsed.errors), tree]);
  const subcategories: SubcategoryLink[] = (page.facets?.categories ?? []).flatMap((facet) => {
    const node = findBySlug(nodes, facet.value);
    return node ? [{ name: facet.label, path: node.path, count: facet.count }] : [];
  });
  return { state, errors, page: { ...page, items: await withTodayPrices(api, page.items) }, subcategories };
}

async function queryOrRecover(
  api: Api,
  input: CatalogListInput,
  state: ListingState,
  errors: string[],
): Promise<{ page: CatalogPage; state: ListingState; errors: string[] }> {
  try {
    return { page: await api.catalog.list.query(input), state, errors };
  } catch (cause) {
    const failure = describeApiError(cause);
    if (failure.status !== 400) rethrowApiError(cause);
    if (input.cursor && failure.fields?.every((field) => field === 'cursor')) {
      const page = await api.catalog.list.query({ ...input, cursor: undefined }).catch(rethrowApiError);
      return { page, state: { ...state, cursor: null }, errors: [...errors, 'That page link has expired, so the first page is shown.'] };
    }
    const { category, sort, currency, limit, withFacets } = input;
    const page = await api.catalog.list.query({ category, sort, currency, limit, withFacets }).catch(rethrowApiError);
    return { page, state: clearedFilters(state), errors: [...errors, `${failure.message} The filters were reset.`] };
  }
}
