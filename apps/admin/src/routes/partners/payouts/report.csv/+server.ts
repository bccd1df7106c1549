// The payout report as a CSV download (RFC 4180, formula-safe cells; written by the API).
import { rethrowApiError } from '@tandem/web-kit/api-error';
import { requirePermission } from '$lib/server/guard';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ locals, url }) => {
  requirePermission(locals, url, 'partners');
  const { csv } = await locals.api.adminAffiliate.payoutReportCsv.query().catch(rethrowApiError);
  const day = new Date().toISOString().slice(0, 10);
  return new Response(csv, {
    headers: { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': `attachment; filename="partner-payouts-${day}.csv"`, 'cache-control': 'no-store' },
  });
};
