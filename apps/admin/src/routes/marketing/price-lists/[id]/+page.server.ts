import { error } from '@sveltejs/kit';
import { rethrowApiError } from '@tandem/web-kit/api-error';
import { entryLabels, formOfPriceList, priceListActions } from '../price-list-form';
import { segmentOptions } from '../../segment-options';
import type { Actions, PageServerLoad } from './$types';

export const load = (async ({ locals, params }) => {
  const [list, segments] = await Promise.all([locals.api.adminPricing.priceList.query({ id: params.id }), segmentOptions(locals.api)]).catch(rethrowApiError);
  if (!list) error(404, 'There is no such price list.');
  const values = formOfPriceList(list);
  return { list, segments, values, labels: await entryLabels(locals.api, values).catch(rethrowApiError) };
}) satisfies PageServerLoad;

export const actions = {
  preview: (event) => priceListActions(event.params.id).preview(event),
  save: (event) => priceListActions(event.params.id).save(event),
} satisfies Actions;
