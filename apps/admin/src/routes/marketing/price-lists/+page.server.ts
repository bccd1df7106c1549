import { rethrowApiError } from '@tandem/web-kit/api-error';
import { NEW_PRICE_LIST, priceListActions } from './price-list-form';
import { segmentOptions } from '../segment-options';
import type { Actions, PageServerLoad } from './$types';

export const load = (async ({ locals }) => {
  const [lists, segments] = await Promise.all([locals.api.adminPricing.priceLists.query(), segmentOptions(locals.api)]).catch(rethrowApiError);
  return { lists, segments, values: NEW_PRICE_LIST, labels: {} };
}) satisfies PageServerLoad;

export const actions = priceListActions(null) satisfies Actions;
