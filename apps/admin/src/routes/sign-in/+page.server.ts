import { fail, redirect } from '@sveltejs/kit';
import { SignInInput } from '@tandem/validators';
import { apiErrorCode, formFailure } from '@tandem/web-kit/api-error';
import { textFields, validate, type FieldErrors } from '@tandem/web-kit/forms';
import { safeLocalPath } from '@tandem/web-kit/safe-path';
import { endSession, startSession } from '$lib/server/session';
import type { Actions, PageServerLoad } from './$types';

const NOT_STAFF = 'This account is not a staff account. Shoppers sign in on the storefront.';
/** Shown when a session ended on its own (30 minutes without use, or 12 hours after sign-in). */
const ENDED = 'Your session ended: staff sessions close after 30 minutes without activity and 12 hours after signing in. Sign in again to continue where you were.';
const EXCLUDED = new Set(['/sign-in', '/sign-out']);

export const load = (({ locals, url }) => {
  const next = safeLocalPath(url.searchParams.get('next'), '', EXCLUDED);
  if (locals.staff) redirect(303, next || '/');
  return { next, notice: url.searchParams.get('ended') === '1' ? ENDED : '' };
}) satisfies PageServerLoad;

export const actions = {
  default: async (event) => {
    const { email, password, next } = textFields(await event.request.formData(), ['email', 'password', 'next']);
    const parsed = validate(SignInInput, { email, password });
    if (!parsed.ok) return fail(400, { email, errors: parsed.errors, message: '' });
    try {
      const { session } = await event.locals.api.auth.signIn.mutate(parsed.data);
      startSession(event, session);
      await event.locals.api.staff.me.query();
    } catch (cause) {
      if (event.locals.auth.sessionToken && apiErrorCode(cause) === 'FORBIDDEN') {
        // A customer's valid password: end the session the sign-in just made, and say why.
        await event.locals.api.auth.signOut.mutate().catch(() => undefined);
        endSession(event);
        return fail(403, { email, errors: {} as FieldErrors, message: NOT_STAFF });
      }
      endSession(event);
      const failure = formFailure(cause, ['email', 'password']);
      return fail(failure.status, { email, errors: failure.errors, message: failure.message });
    }
    redirect(303, safeLocalPath(next, '/', EXCLUDED));
  },
} satisfies Actions;
