// The filtered customer list as a CSV download, streamed: the API hands it over in chunks (keyset
// on the customer id) and each is sent on as it arrives, so a large list never sits in memory.
// The first chunk is fetched before answering, so a refusal is a clear error page, not a broken file.
import { AdminCustomerExportInput } from '@tandem/validators';
import { error } from '@sveltejs/kit';
import { rethrowApiError } from '@tandem/web-kit/api-error';
import { requirePermission } from '$lib/server/guard';
import { filterValues } from '../filter';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ locals, url }) => {
  requirePermission(locals, url, 'customers');
  // The export's rows come in id order whatever the list's sort, so `sort` is not passed on.
  const filter = Object.entries(filterValues(url)).filter(([key, value]) => value && key !== 'sort');
  const parsed = AdminCustomerExportInput.safeParse(Object.fromEntries(filter));
  if (!parsed.success) error(400, parsed.error.issues.map((issue) => issue.message).join(' '));
  const chunk = (after?: string) => locals.api.adminCustomers.exportChunk.query({ ...parsed.data, after }).catch(rethrowApiError);

  let next = await chunk();
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(next.csv));
      if (!next.next) controller.close();
    },
    async pull(controller) {
      if (!next.next) return;
      next = await chunk(next.next);
      controller.enqueue(encoder.encode(next.csv));
      if (!next.next) controller.close();
    },
  });
  const day = new Date().toISOString().slice(0, 10);
  return new Response(body, {
    headers: { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': `attachment; filename="customers-${day}.csv"`, 'cache-control': 'no-store' },
  });
};
