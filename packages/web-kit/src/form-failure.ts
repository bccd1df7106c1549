// `fail(…)` results for form actions, always of one shape — the values to show again, messages
// per field and one summary line — so pages read `form.errors.x` whatever went wrong.
import { fail } from '@sveltejs/kit';
import { apiErrorReason, formFailure } from './api-error.ts';
import type { FieldErrors } from './forms.ts';

/** Input the form's own schema refused. */
export function invalidForm<V extends Record<string, unknown>>(values: V, errors: FieldErrors) {
  return fail(400, { ...values, errors, message: '' });
}

/**
 * A call the API refused (or could not answer); `shownFields` are the fields the form shows.
 * `reauthRequired` is set when only the password is missing: the admin's dialog asks for it and
 * submits the form again.
 */
export function refusedForm<V extends Record<string, unknown>>(values: V, cause: unknown, shownFields: readonly string[]) {
  const failure = formFailure(cause, shownFields);
  const reauth = apiErrorReason(cause) === 'REAUTH_REQUIRED' ? { reauthRequired: true as const } : {};
  return fail(failure.status, { ...values, errors: failure.errors as FieldErrors, message: failure.message, ...reauth });
}
