// The category picker's search, for every staff form that asks for a category (product editor,
// category moves, promotion and clearance targets, commission rules): matching categories as
// picker options (JSON). Any signed-in staff member may search the tree, as shoppers can see it.
import { json } from '@sveltejs/kit';
import { rethrowApiError } from '@tandem/web-kit/api-error';
import { categoryOptions, flattenCategories } from '$lib/picker/categories';
import { requireStaff } from '$lib/server/guard';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ locals, url }) => {
  requireStaff(locals, url);
  const query = (url.searchParams.get('q') ?? '').trim().slice(0, 100);
  if (!query) return json([]);
  const tree = await locals.api.catalog.categories.query().catch(rethrowApiError);
  return json(categoryOptions(flattenCategories(tree), query));
};
