import { error } from '@sveltejs/kit';
import { rethrowApiError } from '@tandem/web-kit/api-error';
import { formOfClearanceRule, saveClearanceRule } from '../clearance-form';
import { namesInForm } from '../../target-names';
import type { Actions, PageServerLoad } from './$types';

export const load = (async ({ locals, params }) => {
  const rule = await locals.api.adminPricing.clearanceRule.query({ id: params.id }).catch(rethrowApiError);
  if (!rule) error(404, 'There is no such clearance rule.');
  const values = formOfClearanceRule(rule);
  return { rule, values, labels: await namesInForm(locals.api, values).catch(rethrowApiError) };
}) satisfies PageServerLoad;

export const actions = {
  save: (event) => saveClearanceRule(event.params.id)(event),
} satisfies Actions;
