import { rethrowApiError } from '@tandem/web-kit/api-error';
import { requireCustomer } from '$lib/server/guard';
import type { PageServerLoad } from './$types';

export const load = (async ({ locals, url }) => {
  requireCustomer(locals, url);
  const orders = await locals.api.orders.list.query().catch(rethrowApiError);
  return { orders };
}) satisfies PageServerLoad;
