import { redirect } from '@sveltejs/kit';
import { CommissionRuleInput, ProgramSettingsInput } from '@tandem/validators';
import { rethrowApiError } from '@tandem/web-kit/api-error';
import { invalidForm, refusedForm } from '@tandem/web-kit/form-failure';
import { textFields, validate, wholeNumber } from '@tandem/web-kit/forms';
import { parseMinorUnits } from '$lib/amount';
import { parsePercentBps } from '$lib/percent';
import { isConfirmed, notConfirmed } from '$lib/server/confirmation';
import { requirePermission } from '$lib/server/guard';
import type { Actions, PageServerLoad } from './$types';

export const load = (async ({ locals, url }) => {
  requirePermission(locals, url, 'partners');
  const [program, rules, categories] = await Promise.all([
    locals.api.adminAffiliate.program.query(),
    locals.api.adminAffiliate.rules.query(),
    locals.api.catalog.categories.query(),
  ]).catch(rethrowApiError);
  return { program, rules, categories, done: url.searchParams.get('done') };
}) satisfies PageServerLoad;

const RULE_FIELDS = ['partnerId', 'categoryId', 'kind', 'percent', 'fixed', 'currency'] as const;
const PROGRAM_FIELDS = ['attributionWindowDays', 'attributionModel', 'holdDays', 'defaultKind', 'defaultPercent', 'defaultFixed', 'defaultCurrency', 'floodClicksPerMinute'] as const;

export const actions = {
  saveProgram: async ({ request, locals }) => {
    const values = textFields(await request.formData(), PROGRAM_FIELDS);
    const parsed = validate(ProgramSettingsInput, {
      attributionWindowDays: wholeNumber(values.attributionWindowDays),
      attributionModel: values.attributionModel,
      holdDays: wholeNumber(values.holdDays),
      defaultKind: values.defaultKind,
      defaultPercentBps: parsePercentBps(values.defaultPercent || '0') ?? Number.NaN,
      defaultFixedAmount: parseMinorUnits(values.defaultFixed || '0') ?? Number.NaN,
      defaultCurrency: values.defaultCurrency,
      floodClicksPerMinute: wholeNumber(values.floodClicksPerMinute),
    });
    if (!parsed.ok) return invalidForm(values, parsed.errors);
    try {
      await locals.api.adminAffiliate.saveProgram.mutate(parsed.data);
    } catch (cause) {
      return refusedForm(values, cause, PROGRAM_FIELDS);
    }
    redirect(303, '/partners/program?done=program');
  },
  saveRule: async ({ request, locals }) => {
    const values = textFields(await request.formData(), RULE_FIELDS);
    const percent = parsePercentBps(values.percent);
    const fixed = parseMinorUnits(values.fixed);
    const parsed = validate(CommissionRuleInput, {
      partnerId: values.partnerId || null,
      categoryId: values.categoryId || null,
      kind: values.kind,
      ...(values.kind === 'PERCENT' ? { percentBps: percent ?? Number.NaN } : { fixedAmount: fixed ?? Number.NaN, currency: values.currency || 'EUR' }),
    });
    if (!parsed.ok) return invalidForm(values, parsed.errors);
    try {
      await locals.api.adminAffiliate.saveRule.mutate(parsed.data);
    } catch (cause) {
      return refusedForm(values, cause, RULE_FIELDS);
    }
    redirect(303, '/partners/program?done=rule');
  },
  deleteRule: async ({ request, locals }) => {
    const form = await request.formData();
    if (!isConfirmed(form)) return notConfirmed();
    const { ruleId } = textFields(form, ['ruleId']);
    try {
      await locals.api.adminAffiliate.deleteRule.mutate({ ruleId });
    } catch (cause) {
      return refusedForm({}, cause, []);
    }
    redirect(303, '/partners/program?done=deleted');
  },
} satisfies Actions;
