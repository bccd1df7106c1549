// The products chosen on the product list as catalog CSV (the columns the import reads back).
// A GET the list's bulk form sends with `formmethod`, so it works with and without JavaScript.
import { ProductSelectionInput } from '@tandem/validators';
import { error } from '@sveltejs/kit';
import { rethrowApiError } from '@tandem/web-kit/api-error';
import { requirePermission } from '$lib/server/guard';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ locals, url }) => {
  requirePermission(locals, url, 'catalog');
  const parsed = ProductSelectionInput.safeParse({ ids: url.searchParams.getAll('ids') });
  if (!parsed.success) error(400, parsed.error.issues.map((issue) => issue.message).join(' '));
  const csv = await locals.api.adminCatalog.csv.exportProducts.mutate(parsed.data).catch(rethrowApiError);
  const day = new Date().toISOString().slice(0, 10);
  return new Response(csv, {
    headers: { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': `attachment; filename="products-${day}.csv"`, 'cache-control': 'no-store' },
  });
};
