// The partner picker's search: partners matching what staff typed (code, name, site, e-mail),
// as picker options (JSON).
import { json } from '@sveltejs/kit';
import { rethrowApiError } from '@tandem/web-kit/api-error';
import { requirePermission } from '$lib/server/guard';
import { partnerOption } from '$lib/picker/options';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ locals, url }) => {
  requirePermission(locals, url, 'partners');
  const query = (url.searchParams.get('q') ?? '').trim().slice(0, 100);
  if (!query) return json([]);
  const page = await locals.api.adminPartners.list.query({ query, limit: 10 }).catch(rethrowApiError);
  return json(page.items.map(partnerOption));
};
