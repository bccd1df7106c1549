import { error, redirect } from '@sveltejs/kit';
import { CannedReplyInput } from '@tandem/validators';
import { rethrowApiError } from '@tandem/web-kit/api-error';
import { invalidForm, refusedForm } from '@tandem/web-kit/form-failure';
import { textFields, validate } from '@tandem/web-kit/forms';
import type { Actions, PageServerLoad } from './$types';

export const load = (async ({ locals, params }) => {
  const reply = (await locals.api.adminSupport.cannedReplies.list.query().catch(rethrowApiError)).find((r) => r.id === params.id);
  if (!reply) error(404, 'There is no such canned reply.');
  return { reply };
}) satisfies PageServerLoad;

export const actions = {
  default: async ({ locals, params, request }) => {
    const values = textFields(await request.formData(), ['title', 'body']);
    const parsed = validate(CannedReplyInput, values);
    if (!parsed.ok) return invalidForm(values, parsed.errors);
    try {
      await locals.api.adminSupport.cannedReplies.update.mutate({ id: params.id, ...parsed.data });
    } catch (cause) {
      return refusedForm(values, cause, ['title', 'body']);
    }
    redirect(303, '/support/canned?saved=1');
  },
} satisfies Actions;
