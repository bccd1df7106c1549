// Actions that cannot be undone go ahead only from their confirmation step: ConfirmSubmit posts
// `confirmed=yes` from its dialog's "Yes" button (or its required box without JavaScript).
import { fail } from '@sveltejs/kit';
import type { FieldErrors } from '@tandem/web-kit/forms';

/** Whether the form came through its confirmation step. */
export const isConfirmed = (form: FormData): boolean => form.get('confirmed') === 'yes';

/** The answer to a form that skipped it: nothing was done (`message` for actions that can be undone later). */
// `errors` is typed like a field failure's so that pages reading `form.errors.<field>` still type-check.
export const notConfirmed = (message = 'Please confirm first: this cannot be undone.') => fail(400, { errors: {} as FieldErrors, message });
