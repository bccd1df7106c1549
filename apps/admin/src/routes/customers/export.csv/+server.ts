// The filtered customer list as a CSV download, streamed from the API's chunks (keyset on the
// customer id; $lib/server/csv-download.ts).
import { AdminCustomerExportInput } from '@tandem/validators';
import { error } from '@sveltejs/kit';
import { rethrowApiError } from '@tandem/web-kit/api-error';
import { csvDownload } from '$lib/server/csv-download';
import { requirePermission } from '$lib/server/guard';
import { filterValues } from '../filter';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ locals, url }) => {
  requirePermission(locals, url, 'customers');
  // The export's rows come in id order whatever the list's sort, so `sort` is not passed on.
  const filter = Object.entries(filterValues(url)).filter(([key, value]) => value && key !== 'sort');
  const parsed = AdminCustomerExportInput.safeParse(Object.fromEntries(filter));
  if (!parsed.success) error(400, parsed.error.issues.map((issue) => issue.message).join(' '));
  const day = new Date().toISOString().slice(0, 10);
  return csvDownload(`customers-${day}.csv`, (after) => locals.api.adminCustomers.exportChunk.query({ ...parsed.data, after }).catch(rethrowApiError));
};
