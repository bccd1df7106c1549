// The cheapest valid configuration of a definition: the honest "from" price a configurable product
// is advertised at. A branch-and-bound search over the same candidates the satisfiability check
// tries (satisfiability.ts), cheapest candidates first, cutting a branch as soon as a lower bound
// of its total cannot beat the best valid build found so far. Every leaf is judged by the engine
// itself, so the result is always a configuration a shopper can actually buy.
import type { ConfigOption, OptionGroup } from '@tandem/validators';
import { checkChoice } from './choice-checks.ts';
import { evaluateConfiguration } from './engine.ts';
import { evaluateExpression, variablesOf } from './expression.ts';
import { compiledFormula } from './price-lines.ts';
import { refKey } from './rules.ts';
import { brokenSoFar, candidates } from './satisfiability.ts';
import type { ConfigChoices, ConfiguratorDefinition } from './types.ts';

/** The cheapest valid build and its unit price in minor units. */
export interface CheapestConfiguration {
  choices: ConfigChoices;
  total: number;
  /** False when the search ran out of budget: `total` is then a real, payable build but maybe not the cheapest. */
  exact: boolean;
}

type Candidate = string | string[] | number | undefined;

const NODE_BUDGET = 300_000;

/**
 * Finds the valid configuration with the lowest unit price (stock is not considered: a "from"
 * price holds while parts are re-ordered). Measurements are tried at their range ends, default
 * and bound edges, so the result is exact whenever a measurement-priced option is linear in each
 * measurement (fixed, per-unit and products such as `width * height`). Null when none is valid.
 *
 * @example cheapestConfiguration(definition)?.total // 161_099 for the demo road bike
 */
export function cheapestConfiguration(definition: ConfiguratorDefinition): CheapestConfiguration | null {
  const groups = definition.groups;
  const position = new Map(groups.map((g, i) => [g.id, i]));
  const values = new Map(groups.flatMap((g) => (g.kind === 'measurement' ? [[g.id, candidates(g, definition.rules) as number[]] as const] : [])));
  const tried = groups.map((group) => candidateBounds(group, candidates(group, definition.rules), values));
  // What the groups from index i on can still take off, at best (a hidden group adds nothing).
  const rest = groups.map(() => 0);
  for (let i = groups.length - 1; i >= 0; i--) rest[i] = (rest[i + 1] ?? 0) + Math.min(0, ...tried[i]!.map((c) => c.bound));
  const adjustments = definition.adjustments.reduce((sum, a) => sum + Math.min(0, a.amount), 0);

  let best: { choices: ConfigChoices; total: number } | null = null;
  let nodes = 0;
  const step = (index: number, choices: ConfigChoices, chosen: ReadonlySet<string>, spent: number): void => {
    if (++nodes > NODE_BUDGET) return;
    if (best && definition.base.amount + spent + (rest[index] ?? 0) + adjustments >= best.total) return;
    if (index === groups.length) {
      const evaluation = evaluateConfiguration(definition, choices);
      if (evaluation.valid && (!best || evaluation.price.total < best.total)) best = { choices: evaluation.choices, total: evaluation.price.total };
      return;
    }
    const group = groups[index]!;
    if (!isVisible(definition, group.id, chosen)) return step(index + 1, choices, chosen, spent);
    for (const { value, bound } of tried[index]!) {
      // Candidates come cheapest first, so once one cannot win, none after it can.
      if (best && definition.base.amount + spent + bound + (rest[index + 1] ?? 0) + adjustments >= best.total) break;
      if (checkChoice(group, value).violations.length > 0) continue;
      const next = value === undefined ? { ...choices } : { ...choices, [group.id]: value };
      const nextChosen = new Set(chosen);
      for (const id of optionIds(group, value)) nextChosen.add(`${group.id}/${id}`);
      if (brokenSoFar(definition.rules, next, nextChosen, (id) => (position.get(id) ?? Infinity) <= index)) continue;
      step(index + 1, next, nextChosen, spent + bound);
    }
  };
  step(0, {}, new Set(), 0);
  const found = best as { choices: ConfigChoices; total: number } | null;
  return found ? { ...found, exact: nodes <= NODE_BUDGET } : null;
}

function isVisible(definition: ConfiguratorDefinition, groupId: string, chosen: ReadonlySet<string>): boolean {
  return definition.rules.every((r) => r.kind !== 'visibleWhen' || r.group !== groupId || r.anyOf.some((ref) => chosen.has(refKey(ref))));
}

function optionIds(group: OptionGroup, value: Candidate): string[] {
  if (group.kind === 'single' && typeof value === 'string') return [value];
  if (group.kind === 'multiple' && Array.isArray(value)) return value;
  return [];
}

/** Each candidate with a lower bound of what it adds to the price, cheapest first (stable). */
function candidateBounds(group: OptionGroup, values: readonly Candidate[], measurementValues: ReadonlyMap<string, readonly number[]>): { value: Candidate; bound: number }[] {
  if (group.kind !== 'single' && group.kind !== 'multiple') return values.map((value) => ({ value, bound: 0 }));
  const bounds = new Map(group.options.map((o) => [o.id, deltaLowerBound(o, measurementValues)]));
  return values
    .map((value) => ({ value, bound: optionIds(group, value).reduce((sum, id) => sum + (bounds.get(id) ?? 0), 0) }))
    .sort((a, b) => a.bound - b.bound);
}

/**
 * The least an option can add over the measurement values the search tries. A delta that
 * cannot be worked out makes the configuration invalid, so it bounds nothing (Infinity).
 */
function deltaLowerBound(option: ConfigOption, measurementValues: ReadonlyMap<string, readonly number[]>): number {
  const price = option.price;
  if (price.kind === 'fixed') return price.amount;
  const names = price.kind === 'perUnit' ? [price.measurement] : variablesOf(compiledFormula(price.expression));
  let least = Infinity;
  for (const point of corners(names, measurementValues)) {
    try {
      const raw = price.kind === 'perUnit' ? price.amountPerUnit * point[price.measurement]! : evaluateExpression(compiledFormula(price.expression), point);
      // The engine rounds half away from zero; flooring keeps this a lower bound of that.
      if (Number.isFinite(raw)) least = Math.min(least, Math.floor(raw));
    } catch {
      // A point where the formula fails (division by zero) is never a valid configuration.
    }
  }
  return least;
}

/** Every combination of the tried values of the named measurements. */
function corners(names: readonly string[], measurementValues: ReadonlyMap<string, readonly number[]>): Record<string, number>[] {
  let points: Record<string, number>[] = [{}];
  for (const name of names) {
    const options = measurementValues.get(name) ?? [];
    points = points.flatMap((p) => options.map((v) => ({ ...p, [name]: v })));
  }
  return points;
}
