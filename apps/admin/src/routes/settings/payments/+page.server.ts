// Admin → Settings → Payments: which payment methods checkout offers, the bank account and
// holds. Saving asks for the password again (the API's sensitive procedure; the layout's dialog).
import { redirect } from '@sveltejs/kit';
import { PaymentSettingsInput } from '@tandem/validators';
import { rethrowApiError } from '@tandem/web-kit/api-error';
import { invalidForm, refusedForm } from '@tandem/web-kit/form-failure';
import { textFields, validate, wholeNumber } from '@tandem/web-kit/forms';
import type { Actions, PageServerLoad } from './$types';

const FIELDS = [
  'bankTransferEnabled',
  'bankAccountHolder',
  'bankIban',
  'bankBic',
  'bankTransferHoldDays',
  'cardEnabled',
  'pickupEnabled',
  'pickupInstructions',
  'pickupHoldDays',
] as const;

export const load = (async ({ locals, url }) => {
  const view = await locals.api.adminSettings.payments.query().catch(rethrowApiError);
  return { ...view, saved: url.searchParams.has('saved') };
}) satisfies PageServerLoad;

export const actions = {
  save: async ({ request, locals }) => {
    const values = textFields(await request.formData(), FIELDS);
    const parsed = validate(PaymentSettingsInput, {
      bankTransferEnabled: values.bankTransferEnabled === 'on',
      bankAccountHolder: values.bankAccountHolder,
      bankIban: values.bankIban,
      bankBic: values.bankBic,
      bankTransferHoldDays: wholeNumber(values.bankTransferHoldDays),
      cardEnabled: values.cardEnabled === 'on',
      pickupEnabled: values.pickupEnabled === 'on',
      pickupInstructions: values.pickupInstructions,
      pickupHoldDays: wholeNumber(values.pickupHoldDays),
    });
    if (!parsed.ok) return invalidForm(values, parsed.errors);
    try {
      await locals.api.adminSettings.savePayments.mutate(parsed.data);
    } catch (cause) {
      return refusedForm(values, cause, FIELDS);
    }
    redirect(303, '/settings/payments?saved');
  },
} satisfies Actions;
