import { newFormKey } from '@tandem/web-kit/form-key';
import { rethrowApiError } from '@tandem/web-kit/api-error';
import { askQuestion } from '$lib/server/support';
import type { Actions, PageServerLoad } from './$types';

export const load = (async ({ locals }) => ({
  faq: await locals.api.support.faq.query().catch(rethrowApiError),
  requestKey: newFormKey(),
  asker: locals.customer ? { name: locals.customer.name, email: locals.customer.email } : null,
})) satisfies PageServerLoad;

/** Questions from this page and from product pages (their form posts here). */
export const actions = { default: askQuestion } satisfies Actions;
