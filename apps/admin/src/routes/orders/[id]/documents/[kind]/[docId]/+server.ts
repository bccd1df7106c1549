// Downloads an order's invoice or credit note as a PDF, for staff who may read orders.
import { error } from '@sveltejs/kit';
import { OrderDocumentInput } from '@tandem/validators';
import { rethrowApiError } from '@tandem/web-kit/api-error';
import { pdfDownload } from '@tandem/web-kit/pdf-download';
import { requirePermission } from '$lib/server/guard';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ locals, params, url }) => {
  // A layout's guard does not cover endpoints, so this one checks for itself.
  requirePermission(locals, url, 'orders.read');
  const input = OrderDocumentInput.safeParse({ kind: params.kind, id: params.docId });
  if (!input.success) error(404, 'There is no such document.');
  return pdfDownload(await locals.api.adminOrders.document.query(input.data).catch(rethrowApiError));
};
