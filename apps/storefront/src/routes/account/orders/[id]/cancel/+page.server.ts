// The confirmation step before the signed-in shopper cancels their order; the post cancels it
// (and refunds a paid order in full) and goes back to the order page with a note.
import { fail, redirect } from '@sveltejs/kit';
import { formFailure, rethrowApiError } from '@tandem/web-kit/api-error';
import { requireCustomer } from '$lib/server/guard';
import { orderIdOf } from '$lib/server/order-params';
import type { Actions, PageServerLoad } from './$types';

export const load = (async ({ locals, params, url }) => {
  requireCustomer(locals, url);
  const order = await locals.api.orders.byId.query({ id: orderIdOf(params) }).catch(rethrowApiError);
  if (!order.canCancel) redirect(303, `/account/orders/${encodeURIComponent(order.id)}`);
  return { order };
}) satisfies PageServerLoad;

export const actions = {
  default: async ({ locals, params, url }) => {
    requireCustomer(locals, url);
    const id = orderIdOf(params);
    try {
      await locals.api.orders.cancel.mutate({ id });
    } catch (cause) {
      const failure = formFailure(cause, []);
      return fail(failure.status, { message: failure.message });
    }
    redirect(303, `/account/orders/${encodeURIComponent(id)}?cancelled=1`);
  },
} satisfies Actions;
