import { rethrowApiError } from '@tandem/web-kit/api-error';
import { NEW_PRICE_LIST, priceListActions } from './price-list-form';
import type { Actions, PageServerLoad } from './$types';

export const load = (async ({ locals }) => ({
  lists: await locals.api.adminPricing.priceLists.query().catch(rethrowApiError),
  values: NEW_PRICE_LIST,
})) satisfies PageServerLoad;

export const actions = priceListActions(null) satisfies Actions;
