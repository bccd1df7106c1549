import { rethrowApiError } from '$lib/server/api-error';
import type { PageServerLoad } from './$types';

export const load = (async ({ locals }) => {
  const featured = await locals.api.catalog.featured.query({ limit: 8 }).catch(rethrowApiError);
  return { featured };
}) satisfies PageServerLoad;
