// The cheapest valid build: what a configurable product may honestly be advertised "from".
import type { ConfiguratorDocumentInput } from '@tandem/validators';
import { describe, expect, it } from 'vitest';
import { cheapestConfiguration } from './cheapest-configuration.ts';
import { evaluateConfiguration } from './engine.ts';
import { definitionOf, smallBike, smallBikeDocument } from './testing/small-bike.ts';

describe('cheapestConfiguration', () => {
  it('finds the cheapest valid build, not the base price alone', () => {
    const cheapest = cheapestConfiguration(smallBike)!;
    expect(cheapest).toMatchObject({ total: 100_000, exact: true });
    expect(evaluateConfiguration(smallBike, cheapest.choices)).toMatchObject({ valid: true, price: { total: 100_000 } });
  });

  it('follows the rules: an option that is cheap alone but needs an expensive one does not win', () => {
    const doc: ConfiguratorDocumentInput = {
      groups: [
        { id: 'frame', kind: 'single', label: 'Frame', options: [{ id: 'alloy', label: 'Alloy', price: { kind: 'fixed', amount: 50_000 } }, { id: 'carbon', label: 'Carbon', price: { kind: 'fixed', amount: 130_000 } }] },
        { id: 'brakes', kind: 'single', label: 'Brakes', options: [{ id: 'rim', label: 'Rim', price: { kind: 'fixed', amount: 9_000 } }, { id: 'disc', label: 'Disc', price: { kind: 'fixed', amount: 1_000 } }] },
      ],
      rules: [{ kind: 'requires', option: { group: 'brakes', option: 'disc' }, anyOf: [{ group: 'frame', option: 'carbon' }] }],
      defaults: {},
    };
    expect(cheapestConfiguration(definitionOf(doc, 24_900))).toMatchObject({ choices: { frame: 'alloy', brakes: 'rim' }, total: 83_900 });
  });

  it('prices measured options at their cheapest allowed value', () => {
    const doc: ConfiguratorDocumentInput = {
      groups: [
        { id: 'size', kind: 'single', label: 'Size', options: [{ id: 'l', label: 'L' }] },
        { id: 'chest', kind: 'measurement', label: 'Chest', unit: 'cm', min: 76, max: 130, step: 1, default: 96 },
        { id: 'trim', kind: 'multiple', label: 'Trim', min: 1, max: 1, options: [{ id: 'reflective', label: 'Reflective', price: { kind: 'perUnit', measurement: 'chest', amountPerUnit: 6 } }] },
      ],
      rules: [{ kind: 'bound', group: 'chest', when: { group: 'size', option: 'l' }, min: 100 }],
      defaults: {},
    };
    expect(cheapestConfiguration(definitionOf(doc, 6_900))).toMatchObject({ choices: { chest: 100 }, total: 6_900 + 600 });
  });

  it('skips a build whose total would be negative', () => {
    const doc: ConfiguratorDocumentInput = {
      groups: [{ id: 'trade_in', kind: 'single', label: 'Trade-in', options: [{ id: 'big', label: 'Big', price: { kind: 'fixed', amount: -900 } }, { id: 'small', label: 'Small', price: { kind: 'fixed', amount: -100 } }] }],
      defaults: {},
    };
    expect(cheapestConfiguration(definitionOf(doc, 500))?.total).toBe(400);
  });

  it('has no answer when nothing is valid', () => {
    const doc = { ...smallBikeDocument, rules: [...(smallBikeDocument.rules ?? []), { kind: 'excludes' as const, option: { group: 'frame', option: 'alu_rim' }, other: { group: 'size', option: 's' } }, { kind: 'excludes' as const, option: { group: 'frame', option: 'carbon_disc' }, other: { group: 'size', option: 's' } }, { kind: 'requires' as const, option: { group: 'size', option: 'm' }, anyOf: [{ group: 'size', option: 's' }] }, { kind: 'requires' as const, option: { group: 'size', option: 'l' }, anyOf: [{ group: 'size', option: 's' }] }] };
    expect(cheapestConfiguration(definitionOf(doc))).toBeNull();
  });
});
