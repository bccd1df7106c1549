import { error } from '@sveltejs/kit';
import { FormKey } from '@tandem/validators';
import { newFormKey } from '@tandem/web-kit/form-key';
import { rethrowApiError } from '@tandem/web-kit/api-error';
import { conversationNotice } from '$lib/server/conversation-notice';
import { conversationActions } from '$lib/server/support';
import type { Actions, PageServerLoad } from './$types';

// A guest's conversation, reached by the secret in its link (never indexed: it is a secret).
export const load = (async ({ locals, params, url, setHeaders }) => {
  if (!FormKey.safeParse(params.token).success) error(404, 'This conversation link is not valid.');
  setHeaders({ 'x-robots-tag': 'noindex', 'referrer-policy': 'no-referrer' });
  const conversation = await locals.api.support.conversation.query({ token: params.token }).catch(rethrowApiError);
  return { conversation, requestKey: newFormKey(), notice: conversationNotice(url) };
}) satisfies PageServerLoad;

export const actions = conversationActions(
  (event) => ({ token: event.params.token ?? '' }),
  (event) => `/support/${event.params.token}`,
) satisfies Actions;
