import { redirect } from '@sveltejs/kit';
import { CannedReplyInput } from '@tandem/validators';
import { rethrowApiError } from '@tandem/web-kit/api-error';
import { invalidForm, refusedForm } from '@tandem/web-kit/form-failure';
import { textFields, validate } from '@tandem/web-kit/forms';
import { isConfirmed, notConfirmed } from '$lib/server/confirmation';
import type { Actions, PageServerLoad } from './$types';

export const load = (async ({ locals }) => ({ replies: await locals.api.adminSupport.cannedReplies.list.query().catch(rethrowApiError) })) satisfies PageServerLoad;

export const actions = {
  create: async ({ locals, request }) => {
    const values = textFields(await request.formData(), ['title', 'body']);
    const parsed = validate(CannedReplyInput, values);
    if (!parsed.ok) return invalidForm(values, parsed.errors);
    try {
      await locals.api.adminSupport.cannedReplies.create.mutate(parsed.data);
    } catch (cause) {
      return refusedForm(values, cause, ['title', 'body']);
    }
    redirect(303, '/support/canned?saved=1');
  },
  remove: async ({ locals, request }) => {
    const form = await request.formData();
    if (!isConfirmed(form)) return notConfirmed();
    const { id } = textFields(form, ['id']);
    try {
      await locals.api.adminSupport.cannedReplies.remove.mutate({ id });
    } catch (cause) {
      return refusedForm({}, cause, []);
    }
    redirect(303, '/support/canned?deleted=1');
  },
} satisfies Actions;
