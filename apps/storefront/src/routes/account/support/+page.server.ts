import { rethrowApiError } from '@tandem/web-kit/api-error';
import { requireCustomer } from '$lib/server/guard';
import type { PageServerLoad } from './$types';

export const load = (async ({ locals, url }) => {
  requireCustomer(locals, url);
  return { conversations: await locals.api.support.conversations.query().catch(rethrowApiError) };
}) satisfies PageServerLoad;
