import { redirect } from '@sveltejs/kit';
import { AgentReplyInput } from '@tandem/validators';
import { rethrowApiError } from '@tandem/web-kit/api-error';
import { invalidForm, refusedForm } from '@tandem/web-kit/form-failure';
import { newFormKey } from '@tandem/web-kit/form-key';
import { textFields, validate } from '@tandem/web-kit/forms';
import type { Actions, PageServerLoad } from './$types';

export const load = (async ({ locals, params, url }) => {
  const [ticket, cannedReplies] = await Promise.all([
    locals.api.adminSupport.ticket.query({ ticketId: params.id }),
    locals.api.adminSupport.cannedReplies.list.query(),
  ]).catch(rethrowApiError);
  // "Insert" on a canned reply is a plain GET, so it works without JavaScript too.
  const inserted = cannedReplies.find((reply) => reply.id === url.searchParams.get('canned'));
  return { ticket, cannedReplies, draft: inserted?.body ?? '', requestKey: newFormKey() };
}) satisfies PageServerLoad;

export const actions = {
  reply: async ({ locals, params, request }) => {
    const form = await request.formData();
    const { body, requestKey } = textFields(form, ['body', 'requestKey']);
    const parsed = validate(AgentReplyInput, { ticketId: params.id, body, requestKey, close: form.get('close') === 'on' });
    if (!parsed.ok) return invalidForm({ body }, parsed.errors);
    try {
      await locals.api.adminSupport.reply.mutate(parsed.data);
    } catch (cause) {
      return refusedForm({ body }, cause, ['body']);
    }
    redirect(303, `/support/${params.id}?sent=1`);
  },
  close: async ({ locals, params }) => {
    try {
      await locals.api.adminSupport.close.mutate({ ticketId: params.id });
    } catch (cause) {
      return refusedForm({ body: '' }, cause, []);
    }
    redirect(303, `/support/${params.id}`);
  },
} satisfies Actions;
