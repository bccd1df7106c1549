import { fail, redirect } from '@sveltejs/kit';
import { SignInInput } from '@tandem/validators';
import { textFields, validate } from '@tandem/web-kit/forms';
import { safeNextPath } from '$lib/safe-next';
import { formFailure } from '@tandem/web-kit/api-error';
import { startSession } from '$lib/server/cookies';
import { claimVisitorHistory } from '$lib/server/visitor';
import type { Actions, PageServerLoad } from './$types';

export const load = (({ locals, url }) => {
  const next = safeNextPath(url.searchParams.get('next'), '');
  if (locals.customer) redirect(303, next || '/account');
  return { next, passwordChanged: url.searchParams.has('reset') };
}) satisfies PageServerLoad;

export const actions = {
  default: async (event) => {
    const { email, password, next } = textFields(await event.request.formData(), ['email', 'password', 'next']);
    const parsed = validate(SignInInput, { email, password });
    if (!parsed.ok) return fail(400, { email, errors: parsed.errors, message: '' });
    let session;
    try {
      ({ session } = await event.locals.api.auth.signIn.mutate(parsed.data));
    } catch (cause) {
      const failure = formFailure(cause, ['email', 'password']);
      return fail(failure.status, { email, errors: failure.errors, message: failure.message });
    }
    startSession(event, session);
    await claimVisitorHistory(event.locals);
    redirect(303, safeNextPath(next));
  },
} satisfies Actions;
