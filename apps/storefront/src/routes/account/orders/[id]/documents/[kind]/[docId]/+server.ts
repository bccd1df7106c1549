// Downloads an invoice or credit note of one of the signed-in shopper's orders as a PDF.
import { error } from '@sveltejs/kit';
import { OrderDocumentInput } from '@tandem/validators';
import { rethrowApiError } from '@tandem/web-kit/api-error';
import { pdfDownload } from '@tandem/web-kit/pdf-download';
import { requireCustomer } from '$lib/server/guard';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ locals, params, url }) => {
  requireCustomer(locals, url);
  const input = OrderDocumentInput.safeParse({ kind: params.kind, id: params.docId });
  if (!input.success) error(404, 'There is no such document.');
  return pdfDownload(await locals.api.orders.document.query(input.data).catch(rethrowApiError));
};
