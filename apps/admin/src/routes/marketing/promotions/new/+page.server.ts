import { rethrowApiError } from '@tandem/web-kit/api-error';
import { promotionActions } from '../promotion-actions';
import { newPromotionValues, targetOptions } from '../promotion-form';
import { namesInForm } from '../../target-names';
import type { Actions, PageServerLoad } from './$types';

export const load = (async ({ locals, url }) => {
  const [summary, { tiers }] = await Promise.all([locals.api.adminPersonalization.segments.query(), locals.api.adminPersonalization.tiers.query()]).catch(rethrowApiError);
  const segments = targetOptions(summary.segments, tiers);
  const values = newPromotionValues(url, segments);
  return { values, segments, labels: await namesInForm(locals.api, values).catch(rethrowApiError) };
}) satisfies PageServerLoad;

export const actions = promotionActions(null) satisfies Actions;
