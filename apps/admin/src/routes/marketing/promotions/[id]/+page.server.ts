import { error } from '@sveltejs/kit';
import { rethrowApiError } from '@tandem/web-kit/api-error';
import { promotionActions } from '../promotion-actions';
import { formOfPromotion } from '../promotion-form';
import { segmentOptions } from '../../segment-options';
import { namesInForm } from '../../target-names';
import type { Actions, PageServerLoad } from './$types';

export const load = (async ({ locals, params }) => {
  const [promotion, segments] = await Promise.all([locals.api.adminPricing.promotion.query({ id: params.id }), segmentOptions(locals.api)]).catch(rethrowApiError);
  if (!promotion) error(404, 'There is no such promotion.');
  const values = { ...formOfPromotion(promotion), sample: '', sampleGroup: 'CONSUMER' };
  return { promotion, segments, values, labels: await namesInForm(locals.api, values).catch(rethrowApiError) };
}) satisfies PageServerLoad;

export const actions = {
  preview: (event) => promotionActions(event.params.id).preview(event),
  save: (event) => promotionActions(event.params.id).save(event),
} satisfies Actions;
