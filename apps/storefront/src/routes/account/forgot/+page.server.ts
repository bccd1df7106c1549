import { fail } from '@sveltejs/kit';
import { PasswordResetRequestInput } from '@tandem/validators';
import { textFields, validate, type FieldErrors } from '@tandem/web-kit/forms';
import { formFailure } from '@tandem/web-kit/api-error';
import type { Actions } from './$types';

const none: FieldErrors = {};

export const actions = {
  default: async ({ request, locals }) => {
    const { email } = textFields(await request.formData(), ['email']);
    const parsed = validate(PasswordResetRequestInput, { email });
    if (!parsed.ok) return fail(400, { email, errors: parsed.errors, message: '', sent: false });
    try {
      await locals.api.auth.requestPasswordReset.mutate(parsed.data);
    } catch (cause) {
      const failure = formFailure(cause, ['email']);
      // Only an unreachable API is worth saying; anything else would hint whether the account exists.
      if (failure.status >= 500) return fail(failure.status, { email, errors: none, message: failure.message, sent: false });
    }
    return { email: '', errors: none, message: '', sent: true };
  },
} satisfies Actions;
