import { error } from '@sveltejs/kit';
import { newFormKey } from '@tandem/web-kit/form-key';
import { rethrowApiError } from '@tandem/web-kit/api-error';
import { conversationNotice } from '$lib/server/conversation-notice';
import { requireCustomer } from '$lib/server/guard';
import { conversationActions } from '$lib/server/support';
import type { Actions, PageServerLoad } from './$types';

const numberOf = (raw: string | undefined) => (raw && /^\d{1,9}$/.test(raw) ? Number(raw) : 0);

export const load = (async ({ locals, params, url }) => {
  requireCustomer(locals, url);
  const number = numberOf(params.number);
  if (!number) error(404, 'There is no such conversation.');
  const conversation = await locals.api.support.conversation.query({ number }).catch(rethrowApiError);
  return { conversation, requestKey: newFormKey(), notice: conversationNotice(url) };
}) satisfies PageServerLoad;

export const actions = conversationActions(
  (event) => ({ number: numberOf(event.params.number) }),
  (event) => `/account/support/${event.params.number}`,
) satisfies Actions;
