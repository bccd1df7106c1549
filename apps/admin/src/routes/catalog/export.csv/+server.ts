// The whole catalog as CSV (one row per variant), the format the import reads back.
import { rethrowApiError } from '@tandem/web-kit/api-error';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ locals }) => {
  const csv = await locals.api.adminCatalog.csv.export.query().catch(rethrowApiError);
  const day = new Date().toISOString().slice(0, 10);
  return new Response(csv, { headers: { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': `attachment; filename="catalog-${day}.csv"` } });
};
