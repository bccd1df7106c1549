// The filtered order list (the list page's own query string) as a CSV download, streamed from
// the API's chunks (keyset on the order id; $lib/server/csv-download.ts).
import { AdminOrderExportInput } from '@tandem/validators';
import { error } from '@sveltejs/kit';
import { rethrowApiError } from '@tandem/web-kit/api-error';
import { csvDownload } from '$lib/server/csv-download';
import { requirePermission } from '$lib/server/guard';
import { ORDER_FILTER_FIELDS } from '../filter';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ locals, url }) => {
  requirePermission(locals, url, 'orders.read');
  const given = ORDER_FILTER_FIELDS.map((key) => [key, url.searchParams.get(key)?.trim() ?? ''] as const).filter(([, value]) => value);
  const parsed = AdminOrderExportInput.safeParse(Object.fromEntries(given));
  if (!parsed.success) error(400, parsed.error.issues.map((issue) => issue.message).join(' '));
  const day = new Date().toISOString().slice(0, 10);
  return csvDownload(`orders-${day}.csv`, (after) => locals.api.adminOrders.exportChunk.query({ ...parsed.data, after }).catch(rethrowApiError));
};
