import { rethrowApiError } from '$lib/server/api-error';
import type { LayoutServerLoad } from './$types';

export const load = (async ({ locals }) => {
  const categories = await locals.api.catalog.categories.query().catch(rethrowApiError);
  return { categories };
}) satisfies LayoutServerLoad;
