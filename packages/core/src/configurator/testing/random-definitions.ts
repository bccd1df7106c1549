// Random configurator definitions and random (often invalid) choices for the property tests.
import fc from 'fast-check';
import type { ConfigRule, ConfiguratorDocumentInput, OptionRef } from '@tandem/validators';
import type { ConfigChoices } from '../types.ts';

type GroupSpec =
  | { kind: 'single'; required: boolean; prices: number[] }
  | { kind: 'multiple'; min: number; max: number; prices: number[] }
  | { kind: 'measurement'; max: number; step: number };

const prices = fc.array(fc.integer({ min: -3_000, max: 20_000 }), { minLength: 1, maxLength: 4 });
const groupSpec: fc.Arbitrary<GroupSpec> = fc.oneof(
  fc.record({ kind: fc.constant('single' as const), required: fc.boolean(), prices }),
  fc.record({ kind: fc.constant('multiple' as const), min: fc.integer({ min: 0, max: 1 }), max: fc.integer({ min: 1, max: 3 }), prices }),
  fc.record({ kind: fc.constant('measurement' as const), max: fc.integer({ min: 1, max: 8 }), step: fc.constantFrom(1, 2.5) }),
);
const ruleSpec = fc.record({ kind: fc.constantFrom('requires', 'excludes', 'bound'), a: fc.nat(), b: fc.nat(), c: fc.nat(), limit: fc.integer({ min: 0, max: 20 }), upper: fc.boolean() });

/** A random definition with the option refs and measurements it holds. */
export interface Model {
  doc: ConfiguratorDocumentInput;
  refs: OptionRef[];
  measurements: { id: string; max: number; step: number }[];
  base: number;
}

/** Random definitions: up to five groups (single, multiple, measurement) and five rules. */
export const model: fc.Arbitrary<Model> = fc
  .record({ groups: fc.array(groupSpec, { minLength: 1, maxLength: 5 }), rules: fc.array(ruleSpec, { maxLength: 5 }), base: fc.integer({ min: 0, max: 50_000 }) })
  .map(({ groups, rules, base }) => {
    const refs: OptionRef[] = [];
    const measurements: Model['measurements'] = [];
    const docGroups = groups.map((spec, i) => {
      const id = `g${i}`;
      if (spec.kind === 'measurement') {
        measurements.push({ id, max: spec.max * spec.step, step: spec.step });
        return { id, kind: 'measurement' as const, label: `G${i}`, unit: 'cm', min: 0, max: spec.max * spec.step, step: spec.step, default: 0 };
      }
      const options = spec.prices.map((amount, j) => {
        refs.push({ group: id, option: `o${j}` });
        return { id: `o${j}`, label: `O${i}.${j}`, price: { kind: 'fixed' as const, amount } };
      });
      return spec.kind === 'single'
        ? { id, kind: 'single' as const, label: `G${i}`, required: spec.required, options }
        : { id, kind: 'multiple' as const, label: `G${i}`, min: Math.min(spec.min, options.length), max: Math.max(1, Math.min(spec.max, options.length)), options };
    });
    const docRules: ConfigRule[] = [];
    for (const r of rules) {
      if (r.kind === 'bound' && measurements.length > 0 && refs.length > 0) {
        const m = measurements[r.a % measurements.length]!;
        docRules.push({ kind: 'bound', group: m.id, when: refs[r.b % refs.length]!, ...(r.upper ? { max: r.limit } : { min: r.limit }) });
      } else if (r.kind === 'requires' && refs.length > 1) {
        docRules.push({ kind: 'requires', option: refs[r.a % refs.length]!, anyOf: [refs[r.b % refs.length]!, refs[r.c % refs.length]!] });
      } else if (r.kind === 'excludes' && refs.length > 1) {
        docRules.push({ kind: 'excludes', option: refs[r.a % refs.length]!, other: refs[r.b % refs.length]! });
      }
    }
    return { doc: { groups: docGroups, rules: docRules, defaults: {} }, refs, measurements, base };
  });

/** Random choices: mostly real option ids and on-grid values, sometimes junk. */
export function choicesFor(m: Model): fc.Arbitrary<ConfigChoices> {
  const perGroup = (m.doc.groups as { id: string; kind: string; options?: { id: string }[] }[]).map((g) => {
    if (g.kind === 'measurement') {
      const spec = m.measurements.find((x) => x.id === g.id)!;
      return fc.oneof(fc.integer({ min: -1, max: Math.round(spec.max / spec.step) + 1 }).map((k) => k * spec.step), fc.constant(0.3)).map((v) => [g.id, v] as const);
    }
    const ids = [...(g.options ?? []).map((o) => o.id), 'junk'];
    return g.kind === 'single'
      ? fc.option(fc.constantFrom(...ids), { nil: undefined }).map((v) => [g.id, v] as const)
      : fc.subarray(ids).map((v) => [g.id, v] as const);
  });
  return fc.tuple(...perGroup).map((pairs) => Object.fromEntries(pairs.filter(([, v]) => v !== undefined)) as ConfigChoices);
}
