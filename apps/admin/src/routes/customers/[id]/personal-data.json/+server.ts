// GDPR export: everything the store holds about the customer as a JSON download. A POST (from
// the customer page's form), because the API records each export in the audit log.
import { rethrowApiError } from '@tandem/web-kit/api-error';
import { requirePermission } from '$lib/server/guard';
import type { RequestHandler } from './$types';

export const POST: RequestHandler = async ({ locals, params, url }) => {
  requirePermission(locals, url, 'customers');
  const data = await locals.api.adminCustomers.exportPersonalData.mutate({ id: params.id }).catch(rethrowApiError);
  const day = data.format.exportedAt.slice(0, 10);
  return new Response(JSON.stringify(data, null, 2), {
    headers: {
      'content-type': 'application/json; charset=utf-8',
      'content-disposition': `attachment; filename="personal-data-${params.id.replace(/[^\w-]/g, '')}-${day}.json"`,
      'cache-control': 'no-store',
    },
  });
};
