// The guest order page: reached with the order link's token (confirmation page, e-mail), it shows
// the same order view as the account's order page and offers to keep the order in an account —
// a new one with only a password, or the signed-in one when its e-mail is the order's.
import { env } from '$env/dynamic/private';
import { fail, redirect } from '@sveltejs/kit';
import { GuestAccountInput } from '@tandem/validators';
import { formFailure, rethrowApiError } from '@tandem/web-kit/api-error';
import { textFields, validate } from '@tandem/web-kit/forms';
import { startSession } from '$lib/server/cookies';
import { requireCustomer } from '$lib/server/guard';
import { claimVisitorHistory } from '$lib/server/visitor';
import { stripePaymentFor } from '$lib/stripe-payment';
import { afterChangeNotice } from '$lib/order-notices';
import { guestTokenOf } from '$lib/server/order-params';
import type { Actions, PageServerLoad } from './$types';

export const load = (async ({ locals, params, url }) => {
  const token = guestTokenOf(params);
  const [order, documents] = await Promise.all([locals.api.checkout.guestOrder.query({ token }), locals.api.guestOrders.documents.query({ token })]).catch(rethrowApiError);
  const customer = locals.customer;
  return {
    order,
    documents,
    notice: afterChangeNotice(url),
    token,
    placed: url.searchParams.get('placed') === '1',
    stripe: stripePaymentFor(order, env.STRIPE_PUBLISHABLE_KEY),
    returnedFromPayment: url.searchParams.has('payment_intent'),
    // Only the account with the order's e-mail may add it; anyone else is offered nothing.
    account: customer ? (customer.email === order.email ? 'claim' : 'other') : 'create',
  } as const;
}) satisfies PageServerLoad;

export const actions = {
  /** A new account with the order's e-mail and this password; it keeps the order. */
  createAccount: async (event) => {
    const token = guestTokenOf(event.params);
    const { password } = textFields(await event.request.formData(), ['password']);
    const parsed = validate(GuestAccountInput, { token, password });
    if (!parsed.ok) return fail(400, { errors: parsed.errors, message: '' });
    let signedIn;
    try {
      signedIn = await event.locals.api.checkout.createGuestAccount.mutate(parsed.data);
    } catch (cause) {
      const failure = formFailure(cause, ['password']);
      return fail(failure.status, { errors: failure.errors, message: failure.message });
    }
    startSession(event, signedIn.session);
    await claimVisitorHistory(event.locals);
    const order = await event.locals.api.checkout.guestOrder.query({ token }).catch(rethrowApiError);
    redirect(303, `/account/orders/${encodeURIComponent(order.id)}`);
  },

  /** The signed-in account (same e-mail as the order) keeps the order. */
  claim: async ({ locals, params, url }) => {
    requireCustomer(locals, url);
    let order;
    try {
      order = await locals.api.checkout.claimGuestOrder.mutate({ token: guestTokenOf(params) });
    } catch (cause) {
      const failure = formFailure(cause, []);
      return fail(failure.status, { errors: failure.errors, message: failure.message });
    }
    redirect(303, `/account/orders/${encodeURIComponent(order.id)}`);
  },
} satisfies Actions;
