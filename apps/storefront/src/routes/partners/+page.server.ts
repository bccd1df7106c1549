import { redirect } from '@sveltejs/kit';
import { rethrowApiError } from '@tandem/web-kit/api-error';
import { submitPartnerApplication } from '$lib/server/partner-application';
import type { Actions, PageServerLoad } from './$types';

/** The programme's public page. Someone who applied already goes to their status or portal. */
export const load = (async ({ locals }) => {
  if (!locals.customer) return { applicant: null };
  const application = await locals.api.partners.myApplication.query().catch(rethrowApiError);
  if (application) redirect(303, application.status === 'APPROVED' ? '/partners/overview' : '/partners/application');
  return { applicant: { name: locals.customer.name, email: locals.customer.email } };
}) satisfies PageServerLoad;

export const actions = { apply: submitPartnerApplication } satisfies Actions;
