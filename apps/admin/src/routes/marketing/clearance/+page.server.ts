import { rethrowApiError } from '@tandem/web-kit/api-error';
import { NEW_CLEARANCE_RULE, saveClearanceRule } from './clearance-form';
import type { Actions, PageServerLoad } from './$types';

export const load = (async ({ locals }) => ({
  rules: await locals.api.adminPricing.clearanceRules.query().catch(rethrowApiError),
  values: NEW_CLEARANCE_RULE,
})) satisfies PageServerLoad;

export const actions = {
  save: saveClearanceRule(null),
  /** Re-prices clearance now instead of at the hourly job. */
  evaluate: async ({ locals }) => {
    const { variants } = await locals.api.adminPricing.evaluateClearance.mutate();
    return { values: null, errors: {}, message: '', evaluated: variants };
  },
} satisfies Actions;
