// The signed-in shopper's return form for one of their orders: the units left per line and the
// window come from the API; the post asks for the return and goes back to the order page.
import { fail, redirect } from '@sveltejs/kit';
import { RequestReturnInput } from '@tandem/validators';
import { formFailure, rethrowApiError } from '@tandem/web-kit/api-error';
import { newFormKey } from '@tandem/web-kit/form-key';
import { validate } from '@tandem/web-kit/forms';
import { requireCustomer } from '$lib/server/guard';
import { readReturnForm } from '$lib/return-form';
import { orderIdOf } from '$lib/server/order-params';
import type { Actions, PageServerLoad } from './$types';

export const load = (async ({ locals, params, url }) => {
  requireCustomer(locals, url);
  const id = orderIdOf(params);
  const [order, options] = await Promise.all([locals.api.orders.byId.query({ id }), locals.api.orders.returnOptions.query({ id })]).catch(rethrowApiError);
  return { order, options, idempotencyKey: newFormKey() };
}) satisfies PageServerLoad;

export const actions = {
  default: async ({ locals, params, request, url }) => {
    requireCustomer(locals, url);
    const id = orderIdOf(params);
    const options = await locals.api.orders.returnOptions.query({ id }).catch(rethrowApiError);
    const values = readReturnForm(await request.formData(), options.lines.map((l) => l.lineId));
    const parsed = validate(RequestReturnInput, { id, ...values, note: values.note.trim() || undefined });
    if (!parsed.ok) return fail(400, { ...values, errors: parsed.errors, message: '' });
    try {
      await locals.api.orders.requestReturn.mutate(parsed.data);
    } catch (cause) {
      const failure = formFailure(cause, ['lines', 'reason', 'note']);
      return fail(failure.status, { ...values, errors: failure.errors, message: failure.message });
    }
    redirect(303, `/account/orders/${encodeURIComponent(id)}?returned=1`);
  },
} satisfies Actions;
