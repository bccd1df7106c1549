import { rethrowApiError } from '@tandem/web-kit/api-error';
import { clearanceDraftValues } from '$lib/clearance-draft';
import { NEW_CLEARANCE_RULE, saveClearanceRule } from './clearance-form';
import { namesInForm } from '../target-names';
import type { Actions, PageServerLoad } from './$types';

export const load = (async ({ locals, url }) => {
  // A proposal from the undercut report arrives filled in and switched off.
  const values = clearanceDraftValues(url) ?? NEW_CLEARANCE_RULE;
  const [rules, labels] = await Promise.all([locals.api.adminPricing.clearanceRules.query(), namesInForm(locals.api, values)]).catch(rethrowApiError);
  return { rules, values, labels, draft: url.searchParams.get('draft') === '1' };
}) satisfies PageServerLoad;

export const actions = {
  save: saveClearanceRule(null),
  /** Re-prices clearance now instead of at the hourly job. */
  evaluate: async ({ locals }) => {
    const { variants } = await locals.api.adminPricing.evaluateClearance.mutate();
    return { values: null, errors: {}, message: '', evaluated: variants };
  },
} satisfies Actions;
