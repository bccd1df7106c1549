import { fail, redirect } from '@sveltejs/kit';
import { ClearanceRuleInput } from '@tandem/validators';
import { formFailure, rethrowApiError } from '@tandem/web-kit/api-error';
import { validate } from '@tandem/web-kit/forms';
import { amount, count, formValues, ids, text, type FormValues } from '../draft-form';
import type { Actions, PageServerLoad } from './$types';

const percent = (v: FormValues, name: string) => {
  const n = count(v, name);
  return n === null ? null : n * 100;
};

export const load = (async ({ locals }) => ({
  rules: await locals.api.adminPricing.clearanceRules.query().catch(rethrowApiError),
  values: { startAfterDays: '90', stepDays: '30', stepPercent: '10', maxPercent: '50', floorPercent: '40', active: 'on' } as FormValues,
})) satisfies PageServerLoad;

export const actions = {
  save: async ({ locals, request }) => {
    const values = formValues(await request.formData());
    const parsed = validate(ClearanceRuleInput, {
      name: text(values, 'name'), active: text(values, 'active') === 'on', variantIds: ids(values, 'variantIds'), categoryIds: ids(values, 'categoryIds'),
      startAfterDays: count(values, 'startAfterDays'), stepDays: count(values, 'stepDays'), stepBps: percent(values, 'stepPercent'),
      overstockUnits: count(values, 'overstockUnits'), overstockBps: percent(values, 'overstockPercent') ?? 0,
      maxBps: percent(values, 'maxPercent'), floorBps: percent(values, 'floorPercent'), floorAmount: amount(values, 'floorAmount'),
    });
    if (!parsed.ok) return fail(400, { values, errors: parsed.errors, message: 'Please check the rule.' });
    try {
      await locals.api.adminPricing.saveClearanceRule.mutate(parsed.data);
    } catch (cause) {
      const failure = formFailure(cause, ['name', 'categoryIds', 'maxBps', 'floorBps']);
      return fail(failure.status, { values, errors: failure.errors, message: failure.message });
    }
    redirect(303, '/marketing/clearance?saved=1');
  },
  /** Re-prices clearance now instead of at the hourly job. */
  evaluate: async ({ locals }) => {
    const { variants } = await locals.api.adminPricing.evaluateClearance.mutate();
    return { values: null, errors: {}, message: '', evaluated: variants };
  },
} satisfies Actions;
