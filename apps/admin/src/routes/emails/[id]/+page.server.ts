// One e-mail with both parts; the HTML part goes to the page only as the iframe's srcdoc.
import { rethrowApiError } from '@tandem/web-kit/api-error';
import { previewDocument } from '$lib/email-preview';
import type { PageServerLoad } from './$types';

export const load = (async ({ locals, params }) => {
  const email = await locals.api.adminEmails.byId.query({ id: params.id }).catch(rethrowApiError);
  return { email, preview: email.html ? previewDocument(email.html) : null };
}) satisfies PageServerLoad;
