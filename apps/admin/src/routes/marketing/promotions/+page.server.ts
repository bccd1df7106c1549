import { rethrowApiError } from '@tandem/web-kit/api-error';
import type { PageServerLoad } from './$types';

const STATUSES = ['live', 'scheduled', 'ended', 'inactive'] as const;
const KINDS = ['PERCENT', 'FIXED_AMOUNT', 'FREE_SHIPPING', 'BUY_X_GET_Y', 'GIFT_WITH_PURCHASE', 'BUNDLE'] as const;

export const load = (async ({ locals, url }) => {
  const status = STATUSES.find((s) => s === url.searchParams.get('status'));
  const kind = KINDS.find((k) => k === url.searchParams.get('kind'));
  const promotions = await locals.api.adminPricing.promotions.query({ status, kind }).catch(rethrowApiError);
  return { promotions, status: status ?? '', kind: kind ?? '', statuses: STATUSES, kinds: KINDS, now: new Date().toISOString() };
}) satisfies PageServerLoad;
