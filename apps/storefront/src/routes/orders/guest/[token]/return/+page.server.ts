// A guest's return form, reached through the order link: the units left per line and the window
// come from the API; the post asks for the return and goes back to the guest order page.
import { error, fail, redirect } from '@sveltejs/kit';
import { GuestOrderTokenInput, GuestRequestReturnInput } from '@tandem/validators';
import { formFailure, rethrowApiError } from '@tandem/web-kit/api-error';
import { newFormKey } from '@tandem/web-kit/form-key';
import { validate } from '@tandem/web-kit/forms';
import { readReturnForm } from '$lib/return-form';
import type { Actions, PageServerLoad } from './$types';

function tokenOf(params: { token: string }): string {
  const parsed = GuestOrderTokenInput.safeParse({ token: params.token });
  if (!parsed.success) error(404, 'This order link is not valid or has expired.');
  return parsed.data.token;
}

const orderPage = (token: string) => `/orders/guest/${encodeURIComponent(token)}`;

export const load = (async ({ locals, params }) => {
  const token = tokenOf(params);
  const [order, options] = await Promise.all([locals.api.checkout.guestOrder.query({ token }), locals.api.guestOrders.returnOptions.query({ token })]).catch(rethrowApiError);
  return { order, options, back: orderPage(token), idempotencyKey: newFormKey() };
}) satisfies PageServerLoad;

export const actions = {
  default: async ({ locals, params, request }) => {
    const token = tokenOf(params);
    const options = await locals.api.guestOrders.returnOptions.query({ token }).catch(rethrowApiError);
    const values = readReturnForm(await request.formData(), options.lines.map((l) => l.lineId));
    const parsed = validate(GuestRequestReturnInput, { token, ...values, note: values.note.trim() || undefined });
    if (!parsed.ok) return fail(400, { ...values, errors: parsed.errors, message: '' });
    try {
      await locals.api.guestOrders.requestReturn.mutate(parsed.data);
    } catch (cause) {
      const failure = formFailure(cause, ['lines', 'reason', 'note']);
      return fail(failure.status, { ...values, errors: failure.errors, message: failure.message });
    }
    redirect(303, `${orderPage(token)}?returned=1`);
  },
} satisfies Actions;
