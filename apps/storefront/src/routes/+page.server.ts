import { rethrowApiError } from '$lib/server/api-error';
import { withTodayPrices } from '$lib/server/today-prices';
import type { PageServerLoad } from './$types';

export const load = (async ({ locals }) => {
  const featured = await locals.api.catalog.featured.query({ limit: 8 }).catch(rethrowApiError);
  return { featured: await withTodayPrices(locals.api, featured) };
}) satisfies PageServerLoad;
