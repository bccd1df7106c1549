// The confirmation step before a guest cancels their order through its link; the post cancels
// it (and refunds a paid order in full) and goes back to the guest order page with a note.
import { error, fail, redirect } from '@sveltejs/kit';
import { GuestOrderTokenInput } from '@tandem/validators';
import { formFailure, rethrowApiError } from '@tandem/web-kit/api-error';
import type { Actions, PageServerLoad } from './$types';

function tokenOf(params: { token: string }): string {
  const parsed = GuestOrderTokenInput.safeParse({ token: params.token });
  if (!parsed.success) error(404, 'This order link is not valid or has expired.');
  return parsed.data.token;
}

const orderPage = (token: string) => `/orders/guest/${encodeURIComponent(token)}`;

export const load = (async ({ locals, params }) => {
  const token = tokenOf(params);
  const order = await locals.api.checkout.guestOrder.query({ token }).catch(rethrowApiError);
  if (!order.canCancel) redirect(303, orderPage(token));
  return { order, back: orderPage(token) };
}) satisfies PageServerLoad;

export const actions = {
  default: async ({ locals, params }) => {
    const token = tokenOf(params);
    try {
      await locals.api.guestOrders.cancel.mutate({ token });
    } catch (cause) {
      return fail(formFailure(cause, []).status, { message: formFailure(cause, []).message });
    }
    redirect(303, `${orderPage(token)}?cancelled=1`);
  },
} satisfies Actions;
