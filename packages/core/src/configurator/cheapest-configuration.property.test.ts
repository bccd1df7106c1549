// Property: the advertised "from" build is itself valid and no valid configuration costs less.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cheapestConfiguration } from './cheapest-configuration.ts';
import { evaluateConfiguration } from './engine.ts';
import { choicesFor, model } from './testing/random-definitions.ts';
import { definitionOf } from './testing/small-bike.ts';

describe('cheapestConfiguration properties', () => {
  it('returns a valid build priced at most as much as any random valid configuration', () => {
    fc.assert(
      fc.property(model.chain((m) => fc.tuple(fc.constant(m), fc.array(choicesFor(m), { minLength: 30, maxLength: 30 }))), ([m, samples]) => {
        const definition = definitionOf(m.doc, m.base);
        const cheapest = cheapestConfiguration(definition);
        const valid = samples.map((c) => evaluateConfiguration(definition, c)).filter((e) => e.valid);
        if (!cheapest) return void expect(valid).toEqual([]);
        expect(cheapest.exact).toBe(true);
        expect(evaluateConfiguration(definition, cheapest.choices)).toMatchObject({ valid: true, price: { total: cheapest.total } });
        for (const evaluation of valid) expect(cheapest.total).toBeLessThanOrEqual(evaluation.price.total);
      }),
      { numRuns: 300 },
    );
  });
});
