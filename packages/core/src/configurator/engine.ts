// The configuration engine: pure and deterministic, no database, no clock. The server runs it
// as the authority (validate, price, snapshot); the storefront runs the same code in the browser
// for instant feedback.
import type { OptionGroup } from '@tandem/validators';
import { checkChoice, describeChoice } from './choice-checks.ts';
import { priceLines } from './price-lines.ts';
import { effectiveBounds, optionAvailability, optionLabels, refKey, ruleViolations, type RuleContext } from './rules.ts';
import type { ChosenValue, ComponentStock, ConfigChoices, ConfigurationEvaluation, ConfiguratorDefinition, Violation } from './types.ts';

/**
 * Validates and prices a configuration.
 *
 * Groups are read in order; a group hidden by a `visibleWhen` rule is skipped and its choice
 * ignored. The unit price is the base plus one delta line per chosen option and adjustment;
 * a configuration whose total would be negative is invalid. Lead time is the base lead time plus
 * the longest lead time of the chosen options (parts are sourced in parallel).
 *
 * @example evaluateConfiguration(definition, { frame: 'aero_disc', size: 'm', crank_length: 172.5 })
 */
export function evaluateConfiguration(definition: ConfiguratorDefinition, choices: ConfigChoices, stock?: ComponentStock): ConfigurationEvaluation {
  const known = new Set(definition.groups.map((g) => g.id));
  const violations: Violation[] = Object.keys(choices)
    .filter((id) => !known.has(id))
    .sort()
    .map((id) => ({ code: 'unknown_group', group: id, message: 'Part of this configuration is not offered any more.' }));

  const chosen = new Set<string>();
  const visible = new Set<string>();
  const optionsByGroup = new Map<string, string[]>();
  const measurements: Record<string, number> = {};
  const normalised: ConfigChoices = {};
  const described: ChosenValue[] = [];
  for (const group of definition.groups) {
    if (!isVisible(definition, group.id, chosen)) continue;
    visible.add(group.id);
    const checked = checkChoice(group, Object.hasOwn(choices, group.id) ? choices[group.id] : undefined);
    violations.push(...checked.violations);
    if (checked.value === undefined) continue;
    normalised[group.id] = checked.value;
    optionsByGroup.set(group.id, checked.options);
    for (const option of checked.options) chosen.add(`${group.id}/${option}`);
    if (group.kind === 'measurement' && typeof checked.value === 'number') measurements[group.id] = checked.value;
    const description = describeChoice(group, checked);
    if (description) described.push(description);
  }

  const ctx: RuleContext = { groups: definition.groups, rules: definition.rules, chosen, measurements, labels: optionLabels(definition.groups) };
  violations.push(...ruleViolations(ctx));
  const availability = optionAvailability(ctx, visible, stock);
  if (stock) violations.push(...stockViolations(definition.groups, optionsByGroup, stock));

  const priced = priceLines({ definition, optionsByGroup, chosen, measurements });
  violations.push(...priced.violations);
  const total = definition.base.amount + priced.lines.reduce((sum, line) => sum + line.amount, 0);
  if (total < 0) violations.push({ code: 'negative_price', message: 'This combination cannot be priced; please change a choice.' });

  return {
    valid: violations.length === 0,
    violations,
    availability,
    visibleGroups: [...visible],
    bounds: measurementBounds(ctx, visible),
    choices: normalised,
    chosen: described,
    price: {
      base: { label: definition.base.label, amount: definition.base.amount, currency: definition.base.currency },
      lines: priced.lines,
      total,
      currency: definition.base.currency,
    },
    leadTimeDays: definition.baseLeadTimeDays + Math.max(0, ...chosenOptions(definition.groups, optionsByGroup).map((o) => o.leadTimeDays)),
    components: componentsOf(definition.groups, optionsByGroup),
  };
}

function isVisible(definition: ConfiguratorDefinition, groupId: string, chosen: ReadonlySet<string>): boolean {
  return definition.rules.every((rule) => rule.kind !== 'visibleWhen' || rule.group !== groupId || rule.anyOf.some((ref) => chosen.has(refKey(ref))));
}

function chosenOptions(groups: readonly OptionGroup[], optionsByGroup: ReadonlyMap<string, readonly string[]>) {
  return groups.flatMap((group) =>
    group.kind === 'single' || group.kind === 'multiple' ? group.options.filter((o) => optionsByGroup.get(group.id)?.includes(o.id)) : [],
  );
}

function componentsOf(groups: readonly OptionGroup[], optionsByGroup: ReadonlyMap<string, readonly string[]>) {
  const quantities = new Map<string, number>();
  for (const option of chosenOptions(groups, optionsByGroup)) {
    if (option.component) quantities.set(option.component.variantId, (quantities.get(option.component.variantId) ?? 0) + option.component.quantity);
  }
  return [...quantities].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([variantId, quantity]) => ({ variantId, quantity }));
}

function stockViolations(groups: readonly OptionGroup[], optionsByGroup: ReadonlyMap<string, readonly string[]>, stock: ComponentStock): Violation[] {
  const violations: Violation[] = [];
  for (const group of groups) {
    if (group.kind !== 'single' && group.kind !== 'multiple') continue;
    for (const option of group.options) {
      if (!option.component || !optionsByGroup.get(group.id)?.includes(option.id)) continue;
      if ((stock[option.component.variantId] ?? 0) < option.component.quantity) {
        violations.push({ code: 'out_of_stock', group: group.id, option: option.id, message: `${option.label} is out of stock.` });
      }
    }
  }
  return violations;
}

function measurementBounds(ctx: RuleContext, visible: ReadonlySet<string>): Record<string, { min: number; max: number }> {
  const bounds: Record<string, { min: number; max: number }> = {};
  for (const group of ctx.groups) {
    if (group.kind === 'measurement' && visible.has(group.id)) bounds[group.id] = effectiveBounds(ctx, group);
  }
  return bounds;
}
