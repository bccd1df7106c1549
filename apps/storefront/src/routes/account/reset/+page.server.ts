import { fail, redirect } from '@sveltejs/kit';
import { PasswordResetInput } from '@tandem/validators';
import { textFields, validate } from '@tandem/web-kit/forms';
import { formFailure } from '@tandem/web-kit/api-error';
import { endSession } from '$lib/server/cookies';
import type { Actions, PageServerLoad } from './$types';

export const load = (({ url }) => ({ token: url.searchParams.get('token')?.trim() ?? '' })) satisfies PageServerLoad;

export const actions = {
  default: async (event) => {
    const { token, password } = textFields(await event.request.formData(), ['token', 'password']);
    const parsed = validate(PasswordResetInput, { token, password });
    if (!parsed.ok) {
      const { token: tokenErrors, ...errors } = parsed.errors;
      return fail(400, { errors, message: tokenErrors?.join(' ') ?? '' });
    }
    try {
      await event.locals.api.auth.resetPassword.mutate(parsed.data);
    } catch (cause) {
      const failure = formFailure(cause, ['password']);
      return fail(failure.status, { errors: failure.errors, message: failure.message });
    }
    // A reset signs the account out everywhere, this browser included.
    endSession(event);
    redirect(303, '/account/sign-in?reset=1');
  },
} satisfies Actions;
