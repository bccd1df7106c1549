import { fail, redirect } from '@sveltejs/kit';
import { MarkPayoutPaidInput } from '@tandem/validators';
import { rethrowApiError } from '@tandem/web-kit/api-error';
import { invalidForm, refusedForm } from '@tandem/web-kit/form-failure';
import { newFormKey } from '@tandem/web-kit/form-key';
import { textFields, validate } from '@tandem/web-kit/forms';
import { requirePermission } from '$lib/server/guard';
import type { Actions, PageServerLoad } from './$types';

/** What each partner is owed (approved, unpaid commissions and claw-back adjustments). */
export const load = (async ({ locals, url }) => {
  requirePermission(locals, url, 'partners');
  const report = await locals.api.adminAffiliate.payoutReport.query().catch(rethrowApiError);
  return { report: report.map((r) => ({ ...r, key: newFormKey() })), done: url.searchParams.get('done') };
}) satisfies PageServerLoad;

export const actions = {
  markPaid: async ({ request, locals }) => {
    const { confirmed, ...values } = textFields(await request.formData(), ['partnerId', 'currency', 'idempotencyKey', 'reference', 'confirmed']);
    // A payout cannot be undone: the form says `confirmed=yes` only from its confirmation step.
    if (confirmed !== 'yes') return fail(400, { ...values, errors: {}, message: 'Please confirm the payout first: it cannot be undone.' });
    const parsed = validate(MarkPayoutPaidInput, values);
    if (!parsed.ok) return invalidForm(values, parsed.errors);
    try {
      await locals.api.adminAffiliate.markPayoutPaid.mutate(parsed.data);
    } catch (cause) {
      return refusedForm(values, cause, ['reference']);
    }
    redirect(303, '/partners/payouts?done=paid');
  },
} satisfies Actions;
