// A guest's return form, reached through the order link: the units left per line and the window
// come from the API; the post asks for the return and goes back to the guest order page.
import { fail, redirect } from '@sveltejs/kit';
import { GuestRequestReturnInput } from '@tandem/validators';
import { formFailure, rethrowApiError } from '@tandem/web-kit/api-error';
import { newFormKey } from '@tandem/web-kit/form-key';
import { validate } from '@tandem/web-kit/forms';
import { readReturnForm } from '$lib/return-form';
import { guestOrderPath, guestTokenOf } from '$lib/server/order-params';
import type { Actions, PageServerLoad } from './$types';

export const load = (async ({ locals, params }) => {
  const token = guestTokenOf(params);
  const [order, options] = await Promise.all([locals.api.checkout.guestOrder.query({ token }), locals.api.guestOrders.returnOptions.query({ token })]).catch(rethrowApiError);
  return { order, options, back: guestOrderPath(token), idempotencyKey: newFormKey() };
}) satisfies PageServerLoad;

export const actions = {
  default: async ({ locals, params, request }) => {
    const token = guestTokenOf(params);
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
    redirect(303, `${guestOrderPath(token)}?returned=1`);
  },
} satisfies Actions;
