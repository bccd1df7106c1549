// The clearance rule form ↔ the API's ClearanceRuleInput (percent fields ↔ basis points), and
// the save action of its new and edit screens.
import { fail, redirect, type RequestEvent } from '@sveltejs/kit';
import { ClearanceRuleInput } from '@tandem/validators';
import { formFailure } from '@tandem/web-kit/api-error';
import { validate } from '@tandem/web-kit/forms';
import { amountText } from '$lib/amount';
import { amount, count, formValues, ids, text, type FormValues } from '../draft-form';
import { namesInForm } from '../target-names';

const SHOWN = ['name', 'categoryIds', 'variantIds', 'startAfterDays', 'stepDays', 'stepBps', 'overstockUnits', 'overstockBps', 'maxBps', 'floorBps', 'floorAmount'];

export const NEW_CLEARANCE_RULE: FormValues = { startAfterDays: '90', stepDays: '30', stepPercent: '10', maxPercent: '50', floorPercent: '40', active: 'on' };

const percent = (v: FormValues, name: string) => {
  const n = count(v, name);
  return n === null ? null : n * 100;
};

interface SavedClearanceRule {
  name: string; active: boolean; variantIds: string[]; categoryIds: string[]; startAfterDays: number; stepDays: number; stepBps: number;
  overstockUnits: number | null; overstockBps: number; maxBps: number; floorBps: number; floorAmount: number | null;
}

/** A saved rule as form values, for the edit screen. */
export function formOfClearanceRule(r: SavedClearanceRule): FormValues {
  return {
    name: r.name, active: r.active ? 'on' : '', variantIds: r.variantIds.join(', '), categoryIds: r.categoryIds.join(', '),
    startAfterDays: String(r.startAfterDays), stepDays: String(r.stepDays), stepPercent: String(r.stepBps / 100),
    overstockUnits: r.overstockUnits === null ? '' : String(r.overstockUnits), overstockPercent: r.overstockBps ? String(r.overstockBps / 100) : '',
    maxPercent: String(r.maxBps / 100), floorPercent: String(r.floorBps / 100), floorAmount: amountText(r.floorAmount),
  };
}

function clearanceRuleFromForm(values: FormValues, id: string | null) {
  return {
    ...(id ? { id } : {}), name: text(values, 'name'), active: text(values, 'active') === 'on', variantIds: ids(values, 'variantIds'), categoryIds: ids(values, 'categoryIds'),
    startAfterDays: count(values, 'startAfterDays'), stepDays: count(values, 'stepDays'), stepBps: percent(values, 'stepPercent'),
    overstockUnits: count(values, 'overstockUnits'), overstockBps: percent(values, 'overstockPercent') ?? 0,
    maxBps: percent(values, 'maxPercent'), floorBps: percent(values, 'floorPercent'), floorAmount: amount(values, 'floorAmount'),
  };
}

/** Saves a new rule (`id` null) or the rule being edited. */
export function saveClearanceRule(id: string | null) {
  return async ({ locals, request }: RequestEvent) => {
    const values = formValues(await request.formData());
    const parsed = validate(ClearanceRuleInput, clearanceRuleFromForm(values, id));
    if (!parsed.ok) return fail(400, { values, labels: await namesInForm(locals.api, values), errors: parsed.errors, message: 'Please check the rule.' });
    try {
      await locals.api.adminPricing.saveClearanceRule.mutate(parsed.data);
    } catch (cause) {
      const failure = formFailure(cause, SHOWN);
      return fail(failure.status, { values, labels: await namesInForm(locals.api, values), errors: failure.errors, message: failure.message });
    }
    redirect(303, id ? `/marketing/clearance/${id}?saved=1` : '/marketing/clearance?saved=1');
  };
}
