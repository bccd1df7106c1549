import { redirect } from '@sveltejs/kit';
import { rethrowApiError } from '@tandem/web-kit/api-error';
import { requireCustomer } from '$lib/server/guard';
import { submitPartnerApplication } from '$lib/server/partner-application';
import type { Actions, PageServerLoad } from './$types';

/** Where the customer's application stands; rejected applicants may apply again here. */
export const load = (async ({ locals, url }) => {
  requireCustomer(locals, url);
  const application = await locals.api.partners.myApplication.query().catch(rethrowApiError);
  if (!application) redirect(303, '/partners');
  return { application, applied: url.searchParams.has('applied') };
}) satisfies PageServerLoad;

export const actions = { apply: submitPartnerApplication } satisfies Actions;
