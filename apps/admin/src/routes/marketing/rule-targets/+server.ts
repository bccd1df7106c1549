// The product picker's search: products (with variants) matching what staff typed, as JSON.
import { json } from '@sveltejs/kit';
import { rethrowApiError } from '@tandem/web-kit/api-error';
import { requirePermission } from '$lib/server/guard';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ locals, url }) => {
  requirePermission(locals, url, 'marketing');
  const query = (url.searchParams.get('q') ?? '').trim().slice(0, 100);
  if (!query) return json([]);
  return json(await locals.api.adminPricing.ruleTargets.query({ query }).catch(rethrowApiError));
};
