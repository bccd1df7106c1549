// Per-group checks of what the shopper chose: the right kind of value, known options, counts,
// measurement range and step, text length and characters. Rules between groups are elsewhere.
import type { OptionGroup } from '@tandem/validators';
import type { ChosenValue, Violation } from './types.ts';

type Value = string | string[] | number | undefined;

/** A group's choice after checking: the normalised value (undefined when nothing counts) and what is wrong. */
export interface CheckedChoice {
  value: string | string[] | number | undefined;
  /** Option ids that count (known ones, in option order). */
  options: string[];
  violations: Violation[];
}

export function checkChoice(group: OptionGroup, raw: Value): CheckedChoice {
  switch (group.kind) {
    case 'single':
      return checkSingle(group, raw);
    case 'multiple':
      return checkMultiple(group, raw);
    case 'measurement':
      return checkMeasurement(group, raw);
    case 'text':
      return checkText(group, raw);
  }
}

const v = (code: Violation['code'], group: string, message: string, option?: string): Violation =>
  option === undefined ? { code, group, message } : { code, group, option, message };

function checkSingle(group: Extract<OptionGroup, { kind: 'single' }>, raw: Value): CheckedChoice {
  if (raw === undefined || raw === '') {
    return { value: undefined, options: [], violations: group.required ? [v('required', group.id, `Choose a ${lower(group.label)}.`)] : [] };
  }
  if (typeof raw !== 'string') return { value: undefined, options: [], violations: [v('wrong_type', group.id, `Choose one ${lower(group.label)}.`)] };
  if (!group.options.some((o) => o.id === raw)) {
    return { value: undefined, options: [], violations: [v('unknown_option', group.id, `That ${lower(group.label)} is not one we offer.`, raw)] };
  }
  return { value: raw, options: [raw], violations: [] };
}

function checkMultiple(group: Extract<OptionGroup, { kind: 'multiple' }>, raw: Value): CheckedChoice {
  const picked = raw === undefined || raw === '' ? [] : raw;
  if (!Array.isArray(picked)) return { value: undefined, options: [], violations: [v('wrong_type', group.id, `Pick from the ${lower(group.label)} list.`)] };
  const violations: Violation[] = [];
  for (const id of new Set(picked)) {
    if (!group.options.some((o) => o.id === id)) violations.push(v('unknown_option', group.id, `That ${lower(group.label)} is not one we offer.`, id));
  }
  const options = group.options.filter((o) => picked.includes(o.id)).map((o) => o.id);
  if (options.length < group.min) violations.push(v('too_few', group.id, `Pick at least ${group.min} ${lower(group.label)}.`));
  if (options.length > group.max) violations.push(v('too_many', group.id, `Pick at most ${group.max} ${lower(group.label)}.`));
  return { value: options, options, violations };
}

function checkMeasurement(group: Extract<OptionGroup, { kind: 'measurement' }>, raw: Value): CheckedChoice {
  if (raw === undefined || raw === '') return { value: undefined, options: [], violations: [v('required', group.id, `Enter the ${lower(group.label)} in ${group.unit}.`)] };
  if (typeof raw !== 'number' || !Number.isFinite(raw)) {
    return { value: undefined, options: [], violations: [v('wrong_type', group.id, `The ${lower(group.label)} is a number of ${group.unit}.`)] };
  }
  const violations: Violation[] = [];
  if (raw < group.min || raw > group.max) {
    violations.push(v('out_of_range', group.id, `The ${lower(group.label)} must be between ${group.min} and ${group.max} ${group.unit}.`));
  } else if (!onStep(raw, group.min, group.step)) {
    violations.push(v('off_step', group.id, `The ${lower(group.label)} goes in steps of ${group.step} ${group.unit} from ${group.min}.`));
  }
  return { value: raw, options: [], violations };
}

function checkText(group: Extract<OptionGroup, { kind: 'text' }>, raw: Value): CheckedChoice {
  const text = raw === undefined ? '' : raw;
  if (typeof text !== 'string') return { value: undefined, options: [], violations: [v('wrong_type', group.id, `The ${lower(group.label)} is a text.`)] };
  const violations: Violation[] = [];
  const length = [...text].length;
  if (length < group.minLength) {
    violations.push(v(length === 0 ? 'required' : 'too_short', group.id, `The ${lower(group.label)} needs at least ${group.minLength} characters.`));
  }
  if (length > group.maxLength) violations.push(v('too_long', group.id, `The ${lower(group.label)} can have at most ${group.maxLength} characters.`));
  const bad = [...new Set([...text].filter((c) => !group.allowedCharacters.includes(c)))];
  if (bad.length > 0) {
    violations.push(v('invalid_characters', group.id, `The ${lower(group.label)} cannot use ${bad.map((c) => `“${c}”`).join(' ')}.`));
  }
  return { value: text === '' ? undefined : text, options: [], violations };
}

/** Whether `value` sits on the grid min, min+step, …, within a rounding tolerance. */
export function onStep(value: number, min: number, step: number): boolean {
  const steps = (value - min) / step;
  return Math.abs(steps - Math.round(steps)) < 1e-9;
}

/** What the shopper chose in a group, as words. */
export function describeChoice(group: OptionGroup, checked: CheckedChoice): ChosenValue | null {
  if (checked.value === undefined) return null;
  const base = { group: group.id, groupLabel: group.label, options: checked.options };
  if (group.kind === 'measurement') return { ...base, value: `${String(checked.value)} ${group.unit}` };
  if (group.kind === 'text') return { ...base, value: `“${String(checked.value)}”` };
  if (checked.options.length === 0) return { ...base, value: 'None' };
  const labels = group.options.filter((o) => checked.options.includes(o.id)).map((o) => o.label);
  return { ...base, value: labels.join(', ') };
}

function lower(label: string): string {
  return label.charAt(0).toLowerCase() + label.slice(1);
}
