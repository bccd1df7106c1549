import { error } from '@sveltejs/kit';
import { rethrowApiError } from '@tandem/web-kit/api-error';
import { promotionActions } from '../promotion-actions';
import { formOfPromotion, targetOptions } from '../promotion-form';
import { namesInForm } from '../../target-names';
import type { Actions, PageServerLoad } from './$types';

export const load = (async ({ locals, params }) => {
  const [promotion, summary, { tiers }] = await Promise.all([
    locals.api.adminPricing.promotion.query({ id: params.id }),
    locals.api.adminPersonalization.segments.query(),
    locals.api.adminPersonalization.tiers.query(),
  ]).catch(rethrowApiError);
  if (!promotion) error(404, 'There is no such promotion.');
  const values = { ...formOfPromotion(promotion), sample: '', sampleGroup: 'CONSUMER' };
  return { promotion, segments: targetOptions(summary.segments, tiers), values, labels: await namesInForm(locals.api, values).catch(rethrowApiError) };
}) satisfies PageServerLoad;

export const actions = {
  preview: (event) => promotionActions(event.params.id).preview(event),
  save: (event) => promotionActions(event.params.id).save(event),
} satisfies Actions;
