// Downloads a document an e-mail carries (an invoice, a credit note), drawn as the relay sends
// it, for the administrators who may read the sent e-mail.
import { error } from '@sveltejs/kit';
import { SentEmailAttachmentInput } from '@tandem/validators';
import { rethrowApiError } from '@tandem/web-kit/api-error';
import { pdfDownload } from '@tandem/web-kit/pdf-download';
import { requirePermission } from '$lib/server/guard';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ locals, params, url }) => {
  // A layout's guard does not cover endpoints, so this one checks for itself.
  requirePermission(locals, url, 'audit');
  const input = SentEmailAttachmentInput.safeParse({ id: params.id, index: Number(params.index) });
  if (!input.success) error(404, 'There is no such attachment.');
  return pdfDownload(await locals.api.adminEmails.attachment.query(input.data).catch(rethrowApiError));
};
