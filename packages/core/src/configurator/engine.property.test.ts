// Property tests: random definitions and random (often invalid) choices, each rule checked by a
// simple oracle written independently of the engine.
import fc from 'fast-check';
import type { ConfigRule, OptionRef } from '@tandem/validators';
import { describe, expect, it } from 'vitest';
import { evaluateConfiguration } from './engine.ts';
import { checkSatisfiable } from './satisfiability.ts';
import { choicesFor, model, type Model } from './testing/random-definitions.ts';
import { definitionOf } from './testing/small-bike.ts';
import type { ConfigChoices } from './types.ts';

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
