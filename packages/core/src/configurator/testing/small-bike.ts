// A small bike definition for the engine's tests: frames, sizes, crank length bounds by size,
// disc wheels that need a disc frame, a colour only some frames take, a formula-priced option.
import { ConfiguratorDocument, type ConfiguratorDocumentInput } from '@tandem/validators';
import type { ConfiguratorDefinition } from '../types.ts';

export const smallBikeDocument: ConfiguratorDocumentInput = {
  preview: 'bike',
  baseLeadTimeDays: 2,
  groups: [
    {
      id: 'frame',
      kind: 'single',
      label: 'Frame',
      options: [
        { id: 'alu_rim', label: 'Alloy rim-brake frame', price: { kind: 'fixed', amount: 0 }, leadTimeDays: 3, component: { variantId: 'v-frame-alu', quantity: 1 } },
        { id: 'carbon_disc', label: 'Carbon disc frame', price: { kind: 'fixed', amount: 90_000 }, leadTimeDays: 10, component: { variantId: 'v-frame-carbon', quantity: 1 } },
      ],
    },
    { id: 'size', kind: 'single', label: 'Size', options: [{ id: 's', label: 'S' }, { id: 'm', label: 'M' }, { id: 'l', label: 'L' }] },
    { id: 'crank_length', kind: 'measurement', label: 'Crank length', unit: 'mm', min: 165, max: 175, step: 2.5, default: 170 },
    {
      id: 'colour',
      kind: 'single',
      label: 'Colour',
      options: [{ id: 'black', label: 'Stealth black' }, { id: 'orange', label: 'Sunset orange', price: { kind: 'fixed', amount: 15_000 } }],
    },
    {
      id: 'wheels',
      kind: 'single',
      label: 'Wheels',
      options: [
        { id: 'rim', label: 'Rim-brake wheels', component: { variantId: 'v-wheel-rim', quantity: 1 } },
        { id: 'disc', label: 'Disc wheels', price: { kind: 'fixed', amount: 40_000 }, leadTimeDays: 5, component: { variantId: 'v-wheel-disc', quantity: 1 } },
      ],
    },
    { id: 'extras', kind: 'multiple', label: 'Extras', min: 0, max: 2, options: [{ id: 'bottle', label: 'Bottle cage', price: { kind: 'fixed', amount: 1_500 }, component: { variantId: 'v-cage', quantity: 2 } }, { id: 'bell', label: 'Bell', price: { kind: 'fixed', amount: 900 } }, { id: 'rack', label: 'Rack', price: { kind: 'fixed', amount: 4_000 } }] },
    { id: 'decal_area', kind: 'measurement', label: 'Decal length', unit: 'cm', min: 0, max: 30, step: 1, default: 0 },
    { id: 'decal', kind: 'single', label: 'Decal', required: false, options: [{ id: 'custom', label: 'Custom decal', price: { kind: 'formula', expression: '250 + decal_area * 3 * 12.5' } }] },
    { id: 'name', kind: 'text', label: 'Top-tube name', minLength: 0, maxLength: 12, allowedCharacters: 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789 .-' },
  ],
  rules: [
    { kind: 'requires', option: { group: 'wheels', option: 'disc' }, anyOf: [{ group: 'frame', option: 'carbon_disc' }] },
    { kind: 'excludes', option: { group: 'frame', option: 'alu_rim' }, other: { group: 'colour', option: 'orange' } },
    { kind: 'bound', group: 'crank_length', when: { group: 'size', option: 's' }, max: 170 },
    { kind: 'bound', group: 'crank_length', when: { group: 'size', option: 'l' }, min: 172.5 },
  ],
  defaults: { frame: 'alu_rim', size: 'm', crank_length: 170, colour: 'black', wheels: 'rim', extras: [] , decal_area: 0 },
};

export function definitionOf(document: ConfiguratorDocumentInput, baseAmount = 100_000): ConfiguratorDefinition {
  return {
    ...ConfiguratorDocument.parse(document),
    productId: 'p-bike',
    version: 1,
    base: { label: 'Custom road bike', amount: baseAmount, currency: 'EUR', variantId: 'v-base' },
  };
}

export const smallBike = definitionOf(smallBikeDocument);
