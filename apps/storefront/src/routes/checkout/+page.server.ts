import { fail, redirect } from '@sveltejs/kit';
import {
  ADDRESS_FIELDS,
  addressValuesFromForm,
  addressValuesOf,
  blankAddress,
  sameAddress,
  shippingAddressFrom,
  type AddressValues,
  type ShippingAddress,
} from '$lib/address-form';
import { DEFAULT_COUNTRY, isDeliveryCountry } from '$lib/countries';
import { textFields, type FieldErrors } from '@tandem/web-kit/forms';
import { formFailure, rethrowApiError } from '@tandem/web-kit/api-error';
import type { Api } from '$lib/server/api';
import { quoteCheckout } from '$lib/server/checkout';
import type { Actions, PageServerLoad } from './$types';

/** The terms checkbox is required for everyone; the API checks it again (`acceptedTerms: true`). */
const TERMS_ERROR = 'Please accept the terms and the right of withdrawal to place your order.';

export const load = (async ({ locals }) => {
  const customer = locals.customer;
  // A guest checks out with the cart their cart cookie holds; only a customer has saved addresses.
  const [cart, addresses] = await Promise.all([locals.api.cart.get.query(), customer ? locals.api.account.addresses.list.query() : []]).catch(rethrowApiError);
  const saved = addresses.find((a) => a.isDefault) ?? addresses[0];
  const values = saved && isDeliveryCountry(saved.country) ? addressValuesOf(saved) : blankAddress(customer?.name ?? '', DEFAULT_COUNTRY);
  const state = cart.lines.length ? await quoteCheckout(locals.api, values.country) : { quote: null, problem: '', method: '' };
  const paymentMethods = await locals.api.checkout.paymentMethods.query({ shippingMethodCode: state.method || undefined }).catch(rethrowApiError);
  return {
    paymentMethods,
    paymentMethod: paymentMethods[0]?.code ?? '',
    empty: cart.lines.length === 0,
    signedIn: customer !== null,
    email: customer?.email ?? '',
    values,
    ...state,
    offerToSave: customer !== null && addresses.length === 0,
    // One key per visit of this page: a double submit or a retry places one order, not two.
    idempotencyKey: crypto.randomUUID(),
  };
}) satisfies PageServerLoad;

/** The page again, as submitted, with totals for the address's country. */
async function again(api: Api, values: AddressValues, form: { method: string; key: string; email: string; payment: string; guest: boolean }, errors: FieldErrors = {}, message = '') {
  const state = await quoteCheckout(api, values.country, form.method, form.guest ? form.email : '');
  // Pay on pickup is offered only when the order is collected in store.
  const paymentMethods = await api.checkout.paymentMethods.query({ shippingMethodCode: state.method || undefined }).catch(rethrowApiError);
  const idempotencyKey = form.key.length >= 16 ? form.key : crypto.randomUUID();
  return { values, email: form.email, ...state, paymentMethods, paymentMethod: form.payment, idempotencyKey, errors, message };
}

/** The method the form names, when it is one the API knows; the API checks it is offered. */
const PAYMENT_CODES = ['bank_transfer', 'card', 'pickup'] as const;
function paymentMethodOf(value: string): (typeof PAYMENT_CODES)[number] | undefined {
  return PAYMENT_CODES.find((code) => code === value);
}

/**
 * Adds the delivery address to the address book unless it is there already (a resubmitted order
 * comes back with the same order, and must not save the address twice). The order is placed by
 * now, so a failure here is only logged.
 */
async function saveAddress(api: Api, address: ShippingAddress): Promise<void> {
  try {
    const saved = await api.account.addresses.list.query();
    if (saved.some((a) => sameAddress(a, address))) return;
    await api.account.addresses.add.mutate({ ...address, isDefault: true });
  } catch (cause) {
    console.error('Could not save the address:', cause);
  }
}

export const actions = {
  /** "Update shipping": totals for the country and method chosen (the whole page without JavaScript). */
  update: async ({ request, locals }) => {
    const form = await request.formData();
    const { shippingMethodCode: method, idempotencyKey: key, email, paymentMethod: payment } = textFields(form, ['shippingMethodCode', 'idempotencyKey', 'email', 'paymentMethod']);
    return again(locals.api, addressValuesFromForm(form), { method, key, email: locals.customer?.email ?? email, payment, guest: !locals.customer });
  },

  placeOrder: async ({ request, locals }) => {
    const form = await request.formData();
    const fields = textFields(form, ['shippingMethodCode', 'idempotencyKey', 'saveAddress', 'acceptedTerms', 'email', 'paymentMethod', 'expectedTotal']);
    const values = addressValuesFromForm(form);
    const submitted = { method: fields.shippingMethodCode, key: fields.idempotencyKey, email: locals.customer?.email ?? fields.email, payment: fields.paymentMethod, guest: !locals.customer };
    const address = shippingAddressFrom(values);
    if (!address.ok) return fail(400, await again(locals.api, values, submitted, address.errors, 'Please check the delivery address.'));
    if (!fields.shippingMethodCode) {
      return fail(400, await again(locals.api, values, submitted, { shippingMethodCode: ['Choose a shipping method'] }, 'Please choose a shipping method.'));
    }
    const paymentMethod = paymentMethodOf(fields.paymentMethod);
    if (!paymentMethod) return fail(400, await again(locals.api, values, submitted, { paymentMethod: ['Choose how you want to pay'] }, 'Please choose how you want to pay.'));
    if (fields.acceptedTerms !== 'on') return fail(400, await again(locals.api, values, submitted, { acceptedTerms: [TERMS_ERROR] }, TERMS_ERROR));
    // The total the page showed: the API refuses the order if it has moved since (the page then shows the new one).
    const expectedTotal = /^\d{1,12}$/.test(fields.expectedTotal) ? Number(fields.expectedTotal) : undefined;
    const wanted = { idempotencyKey: fields.idempotencyKey, shippingAddress: address.data, shippingMethodCode: fields.shippingMethodCode, acceptedTerms: true as const, paymentMethod, expectedTotal };
    let next: string;
    try {
      if (locals.customer) {
        const order = await locals.api.checkout.placeOrder.mutate(wanted);
        next = `/account/orders/${encodeURIComponent(order.id)}?placed=1`;
      } else {
        const placed = await locals.api.checkout.placeGuestOrder.mutate({ ...wanted, email: fields.email });
        next = `/orders/guest/${encodeURIComponent(placed.accessToken)}?placed=1`;
      }
    } catch (cause) {
      const failure = formFailure(cause, [...ADDRESS_FIELDS, 'shippingMethodCode', 'acceptedTerms', 'email', 'paymentMethod']);
      return fail(failure.status, await again(locals.api, values, submitted, failure.errors, failure.message));
    }
    if (locals.customer && fields.saveAddress === 'on') await saveAddress(locals.api, address.data);
    redirect(303, next);
  },
} satisfies Actions;
