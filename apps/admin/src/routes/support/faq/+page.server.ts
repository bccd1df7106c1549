import { redirect } from '@sveltejs/kit';
import { IdInput } from '@tandem/validators';
import { rethrowApiError } from '@tandem/web-kit/api-error';
import { invalidForm, refusedForm } from '@tandem/web-kit/form-failure';
import { textFields } from '@tandem/web-kit/forms';
import { isConfirmed, notConfirmed } from '$lib/server/confirmation';
import { FAQ_FIELDS, readFaqForm } from '$lib/server/faq-form';
import type { Actions, PageServerLoad } from './$types';

export const load = (async ({ locals }) => ({ entries: await locals.api.adminSupport.faq.list.query().catch(rethrowApiError) })) satisfies PageServerLoad;

export const actions = {
  create: async ({ locals, request }) => {
    const { values, parsed } = readFaqForm(await request.formData());
    if (!parsed.ok) return invalidForm(values, parsed.errors);
    try {
      await locals.api.adminSupport.faq.create.mutate(parsed.data);
    } catch (cause) {
      return refusedForm(values, cause, FAQ_FIELDS);
    }
    redirect(303, '/support/faq?saved=1');
  },
  publish: async ({ locals, request }) => {
    const form = await request.formData();
    const { id } = textFields(form, ['id']);
    const parsed = IdInput.safeParse({ id });
    if (!parsed.success) return invalidForm({}, { id: ['Unknown entry'] });
    try {
      await locals.api.adminSupport.faq.update.mutate({ id, published: form.get('published') === 'true' });
    } catch (cause) {
      return refusedForm({}, cause, []);
    }
    redirect(303, '/support/faq');
  },
  remove: async ({ locals, request }) => {
    const form = await request.formData();
    if (!isConfirmed(form)) return notConfirmed();
    const { id } = textFields(form, ['id']);
    try {
      await locals.api.adminSupport.faq.remove.mutate({ id });
    } catch (cause) {
      return refusedForm({}, cause, []);
    }
    redirect(303, '/support/faq?deleted=1');
  },
} satisfies Actions;
