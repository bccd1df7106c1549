// The confirmation step before a guest cancels their order through its link; the post cancels
// it (and refunds a paid order in full) and goes back to the guest order page with a note.
import { fail, redirect } from '@sveltejs/kit';
import { formFailure, rethrowApiError } from '@tandem/web-kit/api-error';
import { guestOrderPath, guestTokenOf } from '$lib/server/order-params';
import type { Actions, PageServerLoad } from './$types';

export const load = (async ({ locals, params }) => {
  const token = guestTokenOf(params);
  const order = await locals.api.checkout.guestOrder.query({ token }).catch(rethrowApiError);
  if (!order.canCancel) redirect(303, guestOrderPath(token));
  return { order, back: guestOrderPath(token) };
}) satisfies PageServerLoad;

export const actions = {
  default: async ({ locals, params }) => {
    const token = guestTokenOf(params);
    try {
      await locals.api.guestOrders.cancel.mutate({ token });
    } catch (cause) {
      const failure = formFailure(cause, []);
      return fail(failure.status, { message: failure.message });
    }
    redirect(303, `${guestOrderPath(token)}?cancelled=1`);
  },
} satisfies Actions;
