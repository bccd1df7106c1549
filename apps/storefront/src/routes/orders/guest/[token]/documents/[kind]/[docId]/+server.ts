// Downloads an invoice or credit note of the order a guest link opens, as a PDF.
import { error } from '@sveltejs/kit';
import { GuestOrderTokenInput, OrderDocumentInput } from '@tandem/validators';
import { rethrowApiError } from '@tandem/web-kit/api-error';
import { pdfDownload } from '@tandem/web-kit/pdf-download';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ locals, params }) => {
  const token = GuestOrderTokenInput.safeParse({ token: params.token });
  const input = OrderDocumentInput.safeParse({ kind: params.kind, id: params.docId });
  if (!token.success || !input.success) error(404, 'There is no such document.');
  return pdfDownload(await locals.api.guestOrders.document.query({ token: token.data.token, ...input.data }).catch(rethrowApiError));
};
