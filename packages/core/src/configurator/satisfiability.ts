// Does at least one valid configuration exist? A depth-first search over the groups in order,
// pruning as soon as a rule between decided groups fails. Measurements only need their range
// ends, default and the bound rules' edges (snapped onto the step grid) as candidates: the
// allowed set is an interval, so if it holds any grid value it holds one of those.
import type { ConfigRule, OptionGroup } from '@tandem/validators';
import { checkChoice } from './choice-checks.ts';
import { evaluateConfiguration } from './engine.ts';
import { refKey } from './rules.ts';
import type { ConfigChoices, ConfiguratorDefinition } from './types.ts';

export type Satisfiability =
  | { satisfiable: true; example: ConfigChoices }
  | { satisfiable: false; reason: string; ruleIndex?: number };

const NODE_BUDGET = 200_000;

/** Searches for a valid configuration; when there is none, names the rule to blame if one alone is. */
export function checkSatisfiable(definition: ConfiguratorDefinition): Satisfiability {
  const found = search(definition);
  if (found === 'budget') return { satisfiable: false, reason: 'The definition has too many combinations to check; simplify it.' };
  if (found) return { satisfiable: true, example: found };
  for (let i = 0; i < definition.rules.length; i++) {
    const without = { ...definition, rules: definition.rules.filter((_, j) => j !== i) };
    const other = search(without);
    if (other && other !== 'budget') return { satisfiable: false, reason: `No configuration is possible because of rule ${i + 1}: ${describeRule(definition.rules[i]!)}.`, ruleIndex: i };
  }
  return { satisfiable: false, reason: 'No configuration satisfies the groups and rules together.' };
}

function search(definition: ConfiguratorDefinition): ConfigChoices | null | 'budget' {
  let nodes = 0;
  const groups = definition.groups;
  const position = new Map(groups.map((g, i) => [g.id, i]));
  const step = (index: number, choices: ConfigChoices, chosen: Set<string>): ConfigChoices | null | 'budget' => {
    if (++nodes > NODE_BUDGET) return 'budget';
    if (index === groups.length) return evaluateConfiguration(definition, choices).valid ? { ...choices } : null;
    const group = groups[index]!;
    const visible = definition.rules.every((r) => r.kind !== 'visibleWhen' || r.group !== group.id || r.anyOf.some((ref) => chosen.has(refKey(ref))));
    if (!visible) return step(index + 1, choices, chosen);
    for (const candidate of candidates(group, definition.rules)) {
      if (checkChoice(group, candidate).violations.length > 0) continue;
      const next = { ...choices };
      if (candidate !== undefined) next[group.id] = candidate;
      const nextChosen = new Set(chosen);
      if (typeof candidate === 'string' && group.kind === 'single') nextChosen.add(`${group.id}/${candidate}`);
      if (Array.isArray(candidate)) for (const id of candidate) nextChosen.add(`${group.id}/${id}`);
      if (brokenSoFar(definition.rules, next, nextChosen, (id) => (position.get(id) ?? Infinity) <= index)) continue;
      const result = step(index + 1, next, nextChosen);
      if (result) return result;
    }
    return null;
  };
  return step(0, {}, new Set());
}

/** A rule already broken by the groups decided so far (shared with the cheapest-build search). */
export function brokenSoFar(rules: readonly ConfigRule[], choices: ConfigChoices, chosen: ReadonlySet<string>, decided: (group: string) => boolean): boolean {
  return rules.some((rule) => {
    if (rule.kind === 'excludes') return chosen.has(refKey(rule.option)) && chosen.has(refKey(rule.other));
    if (rule.kind === 'requires') {
      return chosen.has(refKey(rule.option)) && rule.anyOf.every((r) => decided(r.group)) && !rule.anyOf.some((r) => chosen.has(refKey(r)));
    }
    if (rule.kind === 'bound') {
      const value = choices[rule.group];
      if (typeof value !== 'number' || !chosen.has(refKey(rule.when))) return false;
      return (rule.min !== undefined && value < rule.min) || (rule.max !== undefined && value > rule.max);
    }
    return false;
  });
}

/** The values worth trying for a group (shared with the cheapest-build search): every option or subset, the shortest text, a measurement's range ends, default and bound edges. */
export function candidates(group: OptionGroup, rules: readonly ConfigRule[]): (string | string[] | number | undefined)[] {
  switch (group.kind) {
    case 'single':
      return [...group.options.map((o) => o.id), ...(group.required ? [] : [undefined])];
    case 'multiple':
      return subsets(group.options.map((o) => o.id), group.min, group.max);
    case 'text':
      return group.minLength === 0 ? [undefined] : [[...group.allowedCharacters][0]!.repeat(group.minLength)];
    case 'measurement': {
      const snapUp = (x: number) => group.min + Math.ceil((x - group.min) / group.step - 1e-9) * group.step;
      const snapDown = (x: number) => group.min + Math.floor((x - group.min) / group.step + 1e-9) * group.step;
      const values = [group.default, snapUp(group.min), snapDown(group.max)];
      for (const rule of rules) {
        if (rule.kind !== 'bound' || rule.group !== group.id) continue;
        if (rule.min !== undefined) values.push(snapUp(rule.min), snapDown(rule.min));
        if (rule.max !== undefined) values.push(snapDown(rule.max), snapUp(rule.max));
      }
      const rounded = values.map((v) => Math.round(v * 1e9) / 1e9).filter((v) => v >= group.min && v <= group.max);
      return [...new Set(rounded)];
    }
  }
}

/** Subsets of `ids` with between `min` and `max` members, smallest first, in option order. */
function subsets(ids: readonly string[], min: number, max: number): string[][] {
  const out: string[][] = [];
  const walk = (start: number, current: string[], size: number) => {
    if (current.length === size) return void out.push([...current]);
    for (let i = start; i < ids.length && out.length < 5_000; i++) walk(i + 1, [...current, ids[i]!], size);
  };
  for (let size = min; size <= Math.min(max, ids.length); size++) walk(0, [], size);
  return out;
}

function describeRule(rule: ConfigRule): string {
  switch (rule.kind) {
    case 'requires':
      return `${refKey(rule.option)} requires one of ${rule.anyOf.map(refKey).join(', ')}`;
    case 'excludes':
      return `${refKey(rule.option)} excludes ${refKey(rule.other)}`;
    case 'visibleWhen':
      return `group ${rule.group} is shown only with ${rule.anyOf.map(refKey).join(', ')}`;
    case 'bound':
      return `with ${refKey(rule.when)}, ${rule.group} lies within [${rule.min ?? '-∞'}, ${rule.max ?? '∞'}]`;
  }
}
