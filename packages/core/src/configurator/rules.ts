// Rules between choices: requires, excludes, measurement bounds that depend on an option, and
// which options a shopper can still pick (and why not).
import type { ConfigRule, OptionGroup } from '@tandem/validators';
import type { ComponentStock, OptionAvailability, OptionRef, Violation } from './types.ts';

export const refKey = (ref: OptionRef): string => `${ref.group}/${ref.option}`;

/** Option labels by `group/option`, for messages. */
export function optionLabels(groups: readonly OptionGroup[]): Map<string, string> {
  const labels = new Map<string, string>();
  for (const group of groups) {
    if (group.kind !== 'single' && group.kind !== 'multiple') continue;
    for (const option of group.options) labels.set(`${group.id}/${option.id}`, option.label);
  }
  return labels;
}

export interface RuleContext {
  groups: readonly OptionGroup[];
  rules: readonly ConfigRule[];
  /** `group/option` keys of the options that count. */
  chosen: ReadonlySet<string>;
  /** Values of visible measurement groups. */
  measurements: Readonly<Record<string, number>>;
  labels: ReadonlyMap<string, string>;
}

const nameOf = (ctx: RuleContext, ref: OptionRef) => ctx.labels.get(refKey(ref)) ?? ref.option;
const orList = (names: string[]) => (names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} or ${names.at(-1)}`);

/** Violations of the requires, excludes and bound rules, in rule order. */
export function ruleViolations(ctx: RuleContext): Violation[] {
  const violations: Violation[] = [];
  for (const rule of ctx.rules) {
    if (rule.kind === 'requires') {
      if (ctx.chosen.has(refKey(rule.option)) && !rule.anyOf.some((r) => ctx.chosen.has(refKey(r)))) {
        violations.push({
          code: 'requires',
          group: rule.option.group,
          option: rule.option.option,
          message: `${nameOf(ctx, rule.option)} needs ${orList(rule.anyOf.map((r) => nameOf(ctx, r)))}.`,
        });
      }
    } else if (rule.kind === 'excludes') {
      if (ctx.chosen.has(refKey(rule.option)) && ctx.chosen.has(refKey(rule.other))) {
        violations.push({
          code: 'excludes',
          group: rule.other.group,
          option: rule.other.option,
          message: `${nameOf(ctx, rule.other)} cannot be combined with ${nameOf(ctx, rule.option)}.`,
        });
      }
    } else if (rule.kind === 'bound') {
      const value = ctx.measurements[rule.group];
      if (value === undefined || !ctx.chosen.has(refKey(rule.when))) continue;
      const group = ctx.groups.find((g) => g.id === rule.group);
      const unit = group?.kind === 'measurement' ? ` ${group.unit}` : '';
      const label = (group?.label ?? rule.group).toLowerCase();
      if (rule.min !== undefined && value < rule.min) {
        violations.push({ code: 'bound', group: rule.group, message: `With ${nameOf(ctx, rule.when)}, the ${label} must be at least ${rule.min}${unit}.` });
      } else if (rule.max !== undefined && value > rule.max) {
        violations.push({ code: 'bound', group: rule.group, message: `With ${nameOf(ctx, rule.when)}, the ${label} can be at most ${rule.max}${unit}.` });
      }
    }
  }
  return violations;
}

/**
 * Whether each option of the visible groups can be picked as things stand: not when a chosen
 * option in another group excludes it, when nothing it requires is chosen, or (when stock is
 * known) when its component is out of stock. Keyed `group/option`.
 */
export function optionAvailability(ctx: RuleContext, visible: ReadonlySet<string>, stock?: ComponentStock): Record<string, OptionAvailability> {
  const result: Record<string, OptionAvailability> = {};
  for (const group of ctx.groups) {
    if (!visible.has(group.id) || (group.kind !== 'single' && group.kind !== 'multiple')) continue;
    for (const option of group.options) {
      const ref = { group: group.id, option: option.id };
      result[refKey(ref)] = availabilityOf(ctx, ref, option.component, stock);
    }
  }
  return result;
}

function availabilityOf(ctx: RuleContext, ref: OptionRef, component: { variantId: string; quantity: number } | undefined, stock?: ComponentStock): OptionAvailability {
  const key = refKey(ref);
  for (const rule of ctx.rules) {
    if (rule.kind !== 'excludes') continue;
    const other = refKey(rule.option) === key ? rule.other : refKey(rule.other) === key ? rule.option : null;
    if (other && other.group !== ref.group && ctx.chosen.has(refKey(other))) {
      return { available: false, reason: `Not available with ${nameOf(ctx, other)}.` };
    }
  }
  for (const rule of ctx.rules) {
    if (rule.kind === 'requires' && refKey(rule.option) === key && !rule.anyOf.some((r) => ctx.chosen.has(refKey(r)))) {
      return { available: false, reason: `Needs ${orList(rule.anyOf.map((r) => nameOf(ctx, r)))}.` };
    }
  }
  if (component && stock && (stock[component.variantId] ?? 0) < component.quantity) return { available: false, reason: 'Out of stock.' };
  return { available: true };
}

/** A measurement's allowed range once the bound rules of the chosen options apply. */
export function effectiveBounds(ctx: RuleContext, group: Extract<OptionGroup, { kind: 'measurement' }>): { min: number; max: number } {
  let { min, max } = group;
  for (const rule of ctx.rules) {
    if (rule.kind !== 'bound' || rule.group !== group.id || !ctx.chosen.has(refKey(rule.when))) continue;
    if (rule.min !== undefined) min = Math.max(min, rule.min);
    if (rule.max !== undefined) max = Math.min(max, rule.max);
  }
  return { min, max };
}
