import { error, redirect } from '@sveltejs/kit';
import { rethrowApiError } from '@tandem/web-kit/api-error';
import { invalidForm, refusedForm } from '@tandem/web-kit/form-failure';
import { FAQ_FIELDS, readFaqForm } from '$lib/server/faq-form';
import type { Actions, PageServerLoad } from './$types';

export const load = (async ({ locals, params }) => {
  const entries = await locals.api.adminSupport.faq.list.query().catch(rethrowApiError);
  const entry = entries.find((e) => e.id === params.id);
  if (!entry) error(404, 'There is no such FAQ entry.');
  return { entry };
}) satisfies PageServerLoad;

export const actions = {
  default: async ({ locals, params, request }) => {
    const { values, parsed } = readFaqForm(await request.formData());
    if (!parsed.ok) return invalidForm(values, parsed.errors);
    try {
      await locals.api.adminSupport.faq.update.mutate({ id: params.id, ...parsed.data });
    } catch (cause) {
      return refusedForm(values, cause, FAQ_FIELDS);
    }
    redirect(303, '/support/faq?saved=1');
  },
} satisfies Actions;
