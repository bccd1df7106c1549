import { error, fail, redirect } from '@sveltejs/kit';
import { GroupBuySlugInput } from '@tandem/validators';
import { ADDRESS_FIELDS, addressValuesFromForm, addressValuesOf, blankAddress, shippingAddressFrom } from '$lib/address-form';
import { DEFAULT_COUNTRY, isDeliveryCountry } from '$lib/countries';
import { textFields } from '@tandem/web-kit/forms';
import { formFailure, rethrowApiError } from '@tandem/web-kit/api-error';
import { requireCustomer } from '$lib/server/guard';
import type { Actions, PageServerLoad } from './$types';

/** Group buys ship with the store's standard method; its price is part of the authorised total. */
const SHIPPING_METHOD = 'standard';

/** Joining commits the shopper to pay, so the terms box is required as at checkout; the API checks it again. */
const TERMS_ERROR = 'Please accept the terms and the right of withdrawal to join.';

export const load = (async ({ locals, params }) => {
  if (!GroupBuySlugInput.safeParse({ slug: params.slug }).success) error(404, 'There is no such group buy.');
  const deal = await locals.api.groupBuys.bySlug.query({ slug: params.slug }).catch(rethrowApiError);
  const addresses = locals.customer ? await locals.api.account.addresses.list.query().catch(() => []) : [];
  const saved = addresses.find((a) => a.isDefault) ?? addresses[0];
  const values = saved && isDeliveryCountry(saved.country) ? addressValuesOf(saved) : blankAddress(locals.customer?.name ?? '', DEFAULT_COUNTRY);
  return { deal, values, signedIn: locals.customer !== null, idempotencyKey: crypto.randomUUID() };
}) satisfies PageServerLoad;

export const actions = {
  /** Joins at the current tier: an order whose payment is authorised now and captured at the deadline. */
  join: async ({ request, locals, params, url }) => {
    requireCustomer(locals, url);
    const form = await request.formData();
    const fields = textFields(form, ['idempotencyKey', 'quantity', 'acceptedTerms']);
    const values = addressValuesFromForm(form);
    const address = shippingAddressFrom(values);
    if (!address.ok) return fail(400, { values, errors: address.errors, message: 'Please check the delivery address.' });
    if (fields.acceptedTerms !== 'on') return fail(400, { values, errors: { acceptedTerms: [TERMS_ERROR] }, message: TERMS_ERROR });
    let order;
    try {
      order = await locals.api.groupBuys.join.mutate({
        slug: params.slug,
        quantity: Number(fields.quantity || '1'),
        idempotencyKey: fields.idempotencyKey,
        shippingAddress: address.data,
        shippingMethodCode: SHIPPING_METHOD,
        acceptedTerms: true,
      });
    } catch (cause) {
      const failure = formFailure(cause, [...ADDRESS_FIELDS, 'quantity', 'acceptedTerms']);
      return fail(failure.status, { values, errors: failure.errors, message: failure.message });
    }
    redirect(303, `/deals/${encodeURIComponent(params.slug)}?joined=${encodeURIComponent(order.number)}`);
  },

  /** Leaves before the deadline: the order is cancelled and the held money released. */
  leave: async ({ locals, params, url }) => {
    requireCustomer(locals, url);
    try {
      await locals.api.groupBuys.leave.mutate({ slug: params.slug });
    } catch (cause) {
      const failure = formFailure(cause, []);
      return fail(failure.status, { message: failure.message });
    }
    redirect(303, `/deals/${encodeURIComponent(params.slug)}?left=1`);
  },
} satisfies Actions;
