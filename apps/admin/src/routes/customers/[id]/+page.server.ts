import { fail, redirect } from '@sveltejs/kit';
import { SetCustomerGroupInput } from '@tandem/validators';
import { rethrowApiError } from '@tandem/web-kit/api-error';
import { invalidForm, refusedForm } from '@tandem/web-kit/form-failure';
import { textFields, validate } from '@tandem/web-kit/forms';
import type { Actions, PageServerLoad } from './$types';

export const load = (async ({ locals, params }) => ({
  customer: await locals.api.adminCustomers.detail.query({ id: params.id }).catch(rethrowApiError),
})) satisfies PageServerLoad;

export const actions = {
  /** Moves the customer to another price group (pricing's audited write); back to the page with a note. */
  setGroup: async ({ locals, params, request }) => {
    const values = textFields(await request.formData(), ['customerGroup']);
    const parsed = validate(SetCustomerGroupInput, { customerId: params.id, customerGroup: values.customerGroup });
    if (!parsed.ok) return invalidForm(values, parsed.errors);
    try {
      await locals.api.adminPricing.setCustomerGroup.mutate(parsed.data);
    } catch (cause) {
      return refusedForm(values, cause, ['customerGroup']);
    }
    redirect(303, `/customers/${params.id}?done=group`);
  },
  /**
   * GDPR erase, after the dialog's typed confirmation matched the customer's e-mail. The API
   * answers "password again" first (refusedForm's reauthRequired opens the layout's dialog).
   */
  erase: async ({ locals, params, request }) => {
    const { confirmEmail } = textFields(await request.formData(), ['confirmEmail']);
    const customer = await locals.api.adminCustomers.detail.query({ id: params.id }).catch(rethrowApiError);
    if (confirmEmail.trim().toLowerCase() !== customer.email.toLowerCase()) {
      return fail(400, { form: 'erase' as const, errors: { confirmEmail: [`Type ${customer.email} exactly to confirm.`] }, message: '' });
    }
    try {
      await locals.api.adminCustomers.erase.mutate({ id: params.id });
    } catch (cause) {
      return refusedForm({ form: 'erase' as const }, cause, ['confirmEmail']);
    }
    redirect(303, `/customers/${params.id}?done=erased`);
  },
} satisfies Actions;
