// Step-up re-authentication: the staff member types their password again before a refund, a
// payout or a partner approval (the API asks within 5 minutes of each). The root layout's dialog
// posts here and retries its action; without JavaScript this page does it and goes back.
import { redirect } from '@sveltejs/kit';
import { ReauthenticateInput } from '@tandem/validators';
import { invalidForm, refusedForm } from '@tandem/web-kit/form-failure';
import { textFields, validate } from '@tandem/web-kit/forms';
import { safeLocalPath } from '@tandem/web-kit/safe-path';
import { requireStaff } from '$lib/server/guard';
import type { Actions, PageServerLoad } from './$types';

const EXCLUDED = new Set(['/sign-in', '/sign-out', '/reauth']);

export const load = (({ locals, url }) => {
  requireStaff(locals, url);
  return { next: safeLocalPath(url.searchParams.get('next'), '/', EXCLUDED) };
}) satisfies PageServerLoad;

export const actions = {
  default: async (event) => {
    const { password, next } = textFields(await event.request.formData(), ['password', 'next']);
    // The password is never sent back to the page.
    const parsed = validate(ReauthenticateInput, { password });
    if (!parsed.ok) return invalidForm({}, parsed.errors);
    try {
      await event.locals.api.staff.reauthenticate.mutate(parsed.data);
    } catch (cause) {
      return refusedForm({}, cause, ['password']);
    }
    if (next) redirect(303, safeLocalPath(next, '/', EXCLUDED));
    return { confirmed: true };
  },
} satisfies Actions;
