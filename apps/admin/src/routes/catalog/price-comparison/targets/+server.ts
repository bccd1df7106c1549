// The review queue picker's search: products (with variants) an offer can be matched to, as JSON.
import { json } from '@sveltejs/kit';
import { rethrowApiError } from '@tandem/web-kit/api-error';
import { requirePermission } from '$lib/server/guard';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ locals, url }) => {
  requirePermission(locals, url, 'catalog');
  const query = (url.searchParams.get('q') ?? '').trim().slice(0, 100);
  if (!query) return json([]);
  return json(await locals.api.offers.matchTargets.query({ query }).catch(rethrowApiError));
};
