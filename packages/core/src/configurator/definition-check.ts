// Consistency of a definition document beyond its shape: ids unique, every reference points at
// something that exists, visibility depends only on earlier groups, formulas parse and read
// only measurements. Returns problems in words an admin can act on.
import type { ConfigRule, OptionGroup } from '@tandem/validators';
import { ExpressionError, variablesOf } from './expression.ts';
import { compiledFormula } from './price-lines.ts';
import type { ConfiguratorDocument, OptionRef } from './types.ts';

export function definitionProblems(doc: ConfiguratorDocument): string[] {
  const problems: string[] = [];
  const index = new Map<string, { group: OptionGroup; position: number }>();
  doc.groups.forEach((group, position) => {
    if (index.has(group.id)) problems.push(`Two groups have the id "${group.id}".`);
    index.set(group.id, { group, position });
    problems.push(...groupProblems(group));
  });
  const measurements = new Set(doc.groups.filter((g) => g.kind === 'measurement').map((g) => g.id));
  const refProblem = (ref: OptionRef, where: string): string | null => {
    const group = index.get(ref.group)?.group;
    if (!group) return `${where} names the unknown group "${ref.group}".`;
    if (group.kind !== 'single' && group.kind !== 'multiple') return `${where} names "${ref.group}", which has no options.`;
    return group.options.some((o) => o.id === ref.option) ? null : `${where} names the unknown option "${ref.group}/${ref.option}".`;
  };
  doc.rules.forEach((rule, i) => {
    const where = `Rule ${i + 1} (${rule.kind})`;
    for (const ref of rulesRefs(rule)) {
      const problem = refProblem(ref, where);
      if (problem) problems.push(problem);
    }
    if (rule.kind === 'visibleWhen') {
      const target = index.get(rule.group);
      if (!target) problems.push(`${where} names the unknown group "${rule.group}".`);
      else if (rule.anyOf.some((ref) => (index.get(ref.group)?.position ?? Infinity) >= target.position)) {
        problems.push(`${where}: a group's visibility can only depend on groups before it.`);
      }
    }
    if (rule.kind === 'bound' && !measurements.has(rule.group)) problems.push(`${where} bounds "${rule.group}", which is not a measurement.`);
    if (rule.kind === 'bound' && rule.min === undefined && rule.max === undefined) problems.push(`${where} sets neither a minimum nor a maximum.`);
  });
  doc.adjustments.forEach((adjustment, i) => {
    for (const ref of adjustment.whenAll) {
      const problem = refProblem(ref, `Adjustment ${i + 1}`);
      if (problem) problems.push(problem);
    }
  });
  for (const group of doc.groups) {
    if (group.kind !== 'single' && group.kind !== 'multiple') continue;
    for (const option of group.options) problems.push(...priceProblems(group.id, option.id, option.price, measurements));
  }
  for (const id of Object.keys(doc.defaults)) if (!index.has(id)) problems.push(`The default configuration names the unknown group "${id}".`);
  return problems;
}

function groupProblems(group: OptionGroup): string[] {
  const problems: string[] = [];
  if (group.kind === 'single' || group.kind === 'multiple') {
    const ids = group.options.map((o) => o.id);
    if (new Set(ids).size !== ids.length) problems.push(`Group "${group.id}" has two options with the same id.`);
  }
  if (group.kind === 'multiple' && (group.min > group.max || group.min > group.options.length)) {
    problems.push(`Group "${group.id}" asks for between ${group.min} and ${group.max} of ${group.options.length} options.`);
  }
  if (group.kind === 'measurement') {
    if (group.min > group.max) problems.push(`Measurement "${group.id}" has a minimum above its maximum.`);
    if (group.default < group.min || group.default > group.max) problems.push(`Measurement "${group.id}" has a default outside its range.`);
  }
  if (group.kind === 'text' && group.minLength > group.maxLength) problems.push(`Text "${group.id}" has a minimum length above its maximum.`);
  return problems;
}

function rulesRefs(rule: ConfigRule): OptionRef[] {
  switch (rule.kind) {
    case 'requires':
      return [rule.option, ...rule.anyOf];
    case 'excludes':
      return [rule.option, rule.other];
    case 'visibleWhen':
      return rule.anyOf;
    case 'bound':
      return [rule.when];
  }
}

function priceProblems(group: string, option: string, price: Extract<OptionGroup, { kind: 'single' }>['options'][number]['price'], measurements: ReadonlySet<string>): string[] {
  const where = `The price of "${group}/${option}"`;
  if (price.kind === 'perUnit') return measurements.has(price.measurement) ? [] : [`${where} is per unit of "${price.measurement}", which is not a measurement.`];
  if (price.kind !== 'formula') return [];
  try {
    const unknown = variablesOf(compiledFormula(price.expression)).filter((name) => !measurements.has(name));
    return unknown.length === 0 ? [] : [`${where} uses ${unknown.map((n) => `"${n}"`).join(', ')}, which are not measurements.`];
  } catch (error) {
    if (error instanceof ExpressionError) return [`${where}: ${error.message}`];
    throw error;
  }
}
