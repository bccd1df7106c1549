import { rethrowApiError } from '@tandem/web-kit/api-error';
import { promotionActions } from '../promotion-actions';
import { newPromotionValues } from '../promotion-form';
import { segmentOptions } from '../../segment-options';
import { namesInForm } from '../../target-names';
import type { Actions, PageServerLoad } from './$types';

export const load = (async ({ locals, url }) => {
  const segments = await segmentOptions(locals.api).catch(rethrowApiError);
  const values = newPromotionValues(url, segments);
  return { values, segments, labels: await namesInForm(locals.api, values).catch(rethrowApiError) };
}) satisfies PageServerLoad;

export const actions = promotionActions(null) satisfies Actions;
