// Property tests: random definitions and random (often invalid) choices, each rule checked by a
// simple oracle written independently of the engine.
import fc from 'fast-check';
import type { ConfigRule, ConfiguratorDocumentInput, OptionRef } from '@tandem/validators';
import { describe, expect, it } from 'vitest';
import { evaluateConfiguration } from './engine.ts';
import { checkSatisfiable } from './satisfiability.ts';
import { definitionOf } from './testing/small-bike.ts';
import type { ConfigChoices } from './types.ts';

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

interface Model {
  doc: ConfiguratorDocumentInput;
  refs: OptionRef[];
  measurements: { id: string; max: number; step: number }[];
  base: number;
}

const model: fc.Arbitrary<Model> = fc
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
function choicesFor(m: Model): fc.Arbitrary<ConfigChoices> {
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

const withChoices = model.chain((m) => fc.tuple(fc.constant(m), choicesFor(m)));

/** The oracle: every group constraint and rule, checked directly on the raw choices. */
function oracle(m: Model, choices: ConfigChoices) {
  const chosen = (ref: OptionRef) => {
    const v = choices[ref.group];
    return v === ref.option || (Array.isArray(v) && v.includes(ref.option));
  };
  const groupsOk = (m.doc.groups as { id: string; kind: string; required?: boolean; min?: number; max?: number; step?: number; options?: { id: string }[] }[]).every((g) => {
    const v = choices[g.id];
    if (g.kind === 'measurement') return typeof v === 'number' && v >= 0 && v <= g.max! && Number.isInteger(v / g.step!);
    const ids = (g.options ?? []).map((o) => o.id);
    if (g.kind === 'single') return v === undefined ? !g.required : ids.includes(v as string);
    const arr = (v ?? []) as string[];
    return arr.every((x) => ids.includes(x)) && arr.length >= g.min! && arr.length <= g.max!;
  });
  const rulesOk = (m.doc.rules ?? []).map((rule) => {
    if (rule.kind === 'requires') return !chosen(rule.option) || rule.anyOf.some(chosen);
    if (rule.kind === 'excludes') return !(chosen(rule.option) && chosen(rule.other));
    if (rule.kind === 'bound') {
      const v = choices[rule.group];
      if (!chosen(rule.when) || typeof v !== 'number') return true;
      return (rule.min === undefined || v >= rule.min) && (rule.max === undefined || v <= rule.max);
    }
    return true;
  });
  return { groupsOk, rulesOk };
}

describe('configuration engine properties', () => {
  it('never accepts a configuration that breaks a rule, and accepts every one that breaks none', () => {
    fc.assert(
      fc.property(withChoices, ([m, choices]) => {
        const result = evaluateConfiguration(definitionOf(m.doc, m.base), choices);
        const { groupsOk, rulesOk } = oracle(m, choices);
        rulesOk.forEach((ok) => {
          if (!ok) expect(result.valid).toBe(false);
        });
        if (!groupsOk) expect(result.valid).toBe(false);
        if (groupsOk && rulesOk.every(Boolean) && result.price.total >= 0) expect(result.violations).toEqual([]);
      }),
      { numRuns: 400 },
    );
  });

  it('prices a valid configuration at base plus its deltas, never below zero', () => {
    fc.assert(
      fc.property(withChoices, ([m, choices]) => {
        const result = evaluateConfiguration(definitionOf(m.doc, m.base), choices);
        if (!result.valid) return;
        expect(result.price.total).toBe(m.base + result.price.lines.reduce((s, l) => s + l.amount, 0));
        expect(result.price.total).toBeGreaterThanOrEqual(0);
        expect(result.price.lines.every((l) => Number.isSafeInteger(l.amount))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('gives the same output for the same input', () => {
    fc.assert(
      fc.property(withChoices, ([m, choices]) => {
        const definition = definitionOf(m.doc, m.base);
        expect(evaluateConfiguration(definition, structuredClone(choices))).toEqual(evaluateConfiguration(structuredClone(definition), choices));
      }),
      { numRuns: 200 },
    );
  });

  it('ignores the choice of a hidden group entirely, and counts it once the group is shown', () => {
    const withVisibility = model
      .filter((m) => m.refs.length > 0 && m.doc.groups.length > 1 && m.refs[0]!.group === 'g0')
      .map((m) => {
        const last = m.doc.groups.at(-1)!.id;
        const rule: ConfigRule = { kind: 'visibleWhen', group: last, anyOf: [m.refs[0]!] };
        return { ...m, doc: { ...m.doc, rules: [...(m.doc.rules ?? []).filter((r) => !('group' in r) || r.group !== last), rule] }, last };
      });
    fc.assert(
      fc.property(withVisibility.chain((m) => fc.tuple(fc.constant(m), choicesFor(m), choicesFor(m))), ([m, a, b]) => {
        const definition = definitionOf(m.doc, m.base);
        const { [m.last]: _dropped, ...rest } = a;
        const replacement = b[m.last];
        const mixed: ConfigChoices = replacement === undefined ? rest : { ...rest, [m.last]: replacement };
        const plain = evaluateConfiguration(definition, a);
        const other = evaluateConfiguration(definition, mixed);
        const shown = plain.visibleGroups.includes(m.last);
        const controller = a[m.refs[0]!.group];
        expect(shown).toBe(controller === m.refs[0]!.option || (Array.isArray(controller) && controller.includes(m.refs[0]!.option)));
        if (!shown) expect(other).toEqual(plain);
        expect(plain.choices[m.last] === undefined || shown).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('finds a valid example whenever random search finds one, and its examples are valid', () => {
    fc.assert(
      fc.property(model, (m) => {
        const definition = definitionOf(m.doc, m.base);
        const verdict = checkSatisfiable(definition);
        if (verdict.satisfiable) expect(evaluateConfiguration(definition, verdict.example).valid).toBe(true);
        else {
          const samples = fc.sample(choicesFor(m), { numRuns: 200, seed: 7 });
          expect(samples.some((c) => evaluateConfiguration(definition, c).valid)).toBe(false);
        }
      }),
      { numRuns: 150 },
    );
  });
});
