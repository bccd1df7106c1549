import { fail, redirect } from '@sveltejs/kit';
import { SignUpInput } from '@tandem/validators';
import { textFields, validate } from '@tandem/web-kit/forms';
import { safeNextPath } from '$lib/safe-next';
import { formFailure } from '@tandem/web-kit/api-error';
import { startSession } from '$lib/server/cookies';
import { claimVisitorHistory } from '$lib/server/visitor';
import type { Actions, PageServerLoad } from './$types';

export const load = (({ locals, url }) => {
  const next = safeNextPath(url.searchParams.get('next'), '');
  if (locals.customer) redirect(303, next || '/account');
  return { next };
}) satisfies PageServerLoad;

export const actions = {
  default: async (event) => {
    const { name, email, password, next } = textFields(await event.request.formData(), ['name', 'email', 'password', 'next']);
    const parsed = validate(SignUpInput, { name, email, password });
    if (!parsed.ok) return fail(400, { name, email, errors: parsed.errors, message: '' });
    let session;
    try {
      ({ session } = await event.locals.api.auth.signUp.mutate(parsed.data));
    } catch (cause) {
      const failure = formFailure(cause, ['name', 'email', 'password']);
      return fail(failure.status, { name, email, errors: failure.errors, message: failure.message });
    }
    startSession(event, session);
    await claimVisitorHistory(event.locals);
    redirect(303, safeNextPath(next));
  },
} satisfies Actions;
