import { rethrowApiError } from '@tandem/web-kit/api-error';
import { promotionActions } from '../promotion-actions';
import { newPromotionValues } from '../promotion-form';
import type { Actions, PageServerLoad } from './$types';

export const load = (async ({ locals, url }) => {
  const { segments } = await locals.api.adminPersonalization.segments.query().catch(rethrowApiError);
  return { values: newPromotionValues(url, segments), segments };
}) satisfies PageServerLoad;

export const actions = promotionActions(null) satisfies Actions;
