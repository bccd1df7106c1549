import { describe, expect, it } from 'vitest';
import { evaluateConfiguration } from './engine.ts';
import { definitionProblems } from './definition-check.ts';
import { checkSatisfiable } from './satisfiability.ts';
import { configurationDeltas } from './snapshot.ts';
import { definitionOf, smallBike, smallBikeDocument } from './testing/small-bike.ts';

const valid = { frame: 'carbon_disc', size: 'm', crank_length: 172.5, colour: 'orange', wheels: 'disc', extras: ['bottle'], decal_area: 10, decal: 'custom', name: 'Anna' };

describe('evaluateConfiguration', () => {
  it('accepts the default configuration and prices it at the base', () => {
    const result = evaluateConfiguration(smallBike, smallBike.defaults);
    expect(result.violations).toEqual([]);
    expect(result.price.total).toBe(100_000);
    expect(result.leadTimeDays).toBe(5);
    expect(result.components).toEqual([{ variantId: 'v-frame-alu', quantity: 1 }, { variantId: 'v-wheel-rim', quantity: 1 }]);
  });

  it('prices a configuration as base plus one line per chosen option, formulas rounded half away from zero', () => {
    const result = evaluateConfiguration(smallBike, valid);
    expect(result.valid).toBe(true);
    expect(result.price.lines.map((l) => [l.label, l.amount])).toEqual([
      ['Frame: Carbon disc frame', 90_000],
      ['Colour: Sunset orange', 15_000],
      ['Wheels: Disc wheels', 40_000],
      ['Extras: Bottle cage', 1_500],
      ['Decal: Custom decal', 625],
    ]);
    expect(result.price.total).toBe(100_000 + 90_000 + 15_000 + 40_000 + 1_500 + 625);
    expect(configurationDeltas(result).unitAmount).toBe(result.price.total);
    expect(result.leadTimeDays).toBe(12);
    expect(result.components).toEqual([
      { variantId: 'v-cage', quantity: 2 },
      { variantId: 'v-frame-carbon', quantity: 1 },
      { variantId: 'v-wheel-disc', quantity: 1 },
    ]);
    expect(result.chosen.find((c) => c.group === 'name')?.value).toBe('“Anna”');
  });

  it('explains a broken requires rule and marks the option unavailable with the reason', () => {
    const result = evaluateConfiguration(smallBike, { ...valid, frame: 'alu_rim', colour: 'black' });
    expect(result.valid).toBe(false);
    expect(result.violations).toEqual([{ code: 'requires', group: 'wheels', option: 'disc', message: 'Disc wheels needs Carbon disc frame.' }]);
    expect(result.availability['wheels/disc']).toEqual({ available: false, reason: 'Needs Carbon disc frame.' });
    expect(result.availability['colour/orange']).toEqual({ available: false, reason: 'Not available with Alloy rim-brake frame.' });
  });

  it('enforces bounds that depend on another choice and reports the allowed range', () => {
    const result = evaluateConfiguration(smallBike, { ...smallBike.defaults, size: 's', crank_length: 172.5 });
    expect(result.violations.map((v) => v.message)).toEqual(['With S, the crank length can be at most 170 mm.']);
    expect(result.bounds.crank_length).toEqual({ min: 165, max: 170 });
  });

  it('checks kinds, ranges, steps, counts and characters', () => {
    const result = evaluateConfiguration(smallBike, {
      ...smallBike.defaults,
      frame: 'titanium',
      crank_length: 171,
      extras: ['bottle', 'bell', 'rack'],
      name: 'Ünïcode!',
      colour: 3,
      bogus: 'x',
    });
    expect(result.violations.map((v) => v.code)).toEqual(['unknown_group', 'unknown_option', 'off_step', 'wrong_type', 'too_many', 'invalid_characters']);
    expect(result.valid).toBe(false);
  });

  it('never reads a price from the choices and is deterministic', () => {
    const a = evaluateConfiguration(smallBike, { ...valid });
    const b = evaluateConfiguration(smallBike, JSON.parse(JSON.stringify(valid)));
    expect(a).toEqual(b);
  });

  it('prices per unit of a measurement, rounding half away from zero', () => {
    const perCm = definitionOf({
      ...smallBikeDocument,
      groups: smallBikeDocument.groups.map((g) => (g.id === 'decal' ? { ...g, options: [{ id: 'custom', label: 'Custom decal', price: { kind: 'perUnit', measurement: 'decal_area', amountPerUnit: 12.5 } }] } : g)),
    } as typeof smallBikeDocument);
    const price = (cm: number) => evaluateConfiguration(perCm, { ...perCm.defaults, decal: 'custom', decal_area: cm }).price.lines.at(-1)?.amount;
    expect([price(1), price(2), price(3)]).toEqual([13, 25, 38]);
    expect(evaluateConfiguration(perCm, { ...perCm.defaults, decal: 'custom', decal_area: 0 }).price.total).toBe(100_000);
  });

  it('refuses a negative total', () => {
    const cheap = definitionOf({ ...smallBikeDocument, adjustments: [{ label: 'Bundle discount', amount: -200_000 }] });
    const result = evaluateConfiguration(cheap, cheap.defaults);
    expect(result.violations.map((v) => v.code)).toEqual(['negative_price']);
  });
});

describe('definition checks and satisfiability', () => {
  it('finds nothing wrong with a consistent definition, and a valid example', () => {
    expect(definitionProblems(smallBike)).toEqual([]);
    const found = checkSatisfiable(smallBike);
    expect(found.satisfiable).toBe(true);
    if (found.satisfiable) expect(evaluateConfiguration(smallBike, found.example).valid).toBe(true);
  });

  it('names dangling references and formulas over unknown names', () => {
    const broken = definitionOf({
      ...smallBikeDocument,
      rules: [{ kind: 'requires', option: { group: 'wheels', option: 'carbon' }, anyOf: [{ group: 'frame', option: 'alu_rim' }] }],
      groups: smallBikeDocument.groups.map((g) => (g.id === 'decal' ? { ...g, options: [{ id: 'custom', label: 'Custom', price: { kind: 'formula', expression: 'width * 2' } }] } : g)),
    } as typeof smallBikeDocument);
    expect(definitionProblems(broken)).toEqual([
      'Rule 1 (requires) names the unknown option "wheels/carbon".',
      'The price of "decal/custom" uses "width", which are not measurements.',
    ]);
  });

  it('says which rule makes a definition unsatisfiable', () => {
    const impossible = definitionOf({
      ...smallBikeDocument,
      rules: [
        ...(smallBikeDocument.rules ?? []),
        { kind: 'requires', option: { group: 'frame', option: 'alu_rim' }, anyOf: [{ group: 'wheels', option: 'disc' }] },
        { kind: 'requires', option: { group: 'frame', option: 'carbon_disc' }, anyOf: [{ group: 'colour', option: 'black' }] },
        { kind: 'excludes', option: { group: 'frame', option: 'carbon_disc' }, other: { group: 'colour', option: 'black' } },
      ],
    });
    const result = checkSatisfiable(impossible);
    expect(result.satisfiable).toBe(false);
    if (!result.satisfiable) expect(result.reason).toMatch(/^No configuration is possible because of rule 1: wheels\/disc requires one of frame\/carbon_disc/);
  });
});
