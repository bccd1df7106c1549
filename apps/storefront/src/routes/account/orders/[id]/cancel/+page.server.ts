// The confirmation step before the signed-in shopper cancels their order; the post cancels it
// (and refunds a paid order in full) and goes back to the order page with a note.
import { error, fail, redirect } from '@sveltejs/kit';
import { EntityId } from '@tandem/validators';
import { formFailure, rethrowApiError } from '@tandem/web-kit/api-error';
import { requireCustomer } from '$lib/server/guard';
import type { Actions, PageServerLoad } from './$types';

function orderIdOf(id: string): string {
  if (!EntityId.safeParse(id).success) error(404, 'There is no such order.');
  return id;
}

export const load = (async ({ locals, params, url }) => {
  requireCustomer(locals, url);
  const order = await locals.api.orders.byId.query({ id: orderIdOf(params.id) }).catch(rethrowApiError);
  if (!order.canCancel) redirect(303, `/account/orders/${encodeURIComponent(order.id)}`);
  return { order };
}) satisfies PageServerLoad;

export const actions = {
  default: async ({ locals, params, url }) => {
    requireCustomer(locals, url);
    const id = orderIdOf(params.id);
    try {
      await locals.api.orders.cancel.mutate({ id });
    } catch (cause) {
      return fail(formFailure(cause, []).status, { message: formFailure(cause, []).message });
    }
    redirect(303, `/account/orders/${encodeURIComponent(id)}?cancelled=1`);
  },
} satisfies Actions;
