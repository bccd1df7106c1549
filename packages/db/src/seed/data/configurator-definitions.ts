// The demo configurators' definition documents (shape: ConfiguratorDocument in
// @tandem/validators). Prices are minor units; component options cost what their variant costs.
import type { Prisma } from '../../generated/prisma/client.ts';

export interface PickedVariant {
  variantId: string;
  label: string;
  priceAmount: number;
}

export interface ConfigurableSeed {
  slug: string;
  title: string;
  description: string;
  categoryPath: string;
  base: { sku: string; title: string; priceAmount: number; stock: number; weightGrams: number };
  definition: Prisma.InputJsonObject;
}

const ref = (group: string, option: string) => ({ group, option });
const componentOption = (id: string, v: PickedVariant, extra: Record<string, unknown> = {}) => ({
  id,
  label: v.label,
  price: { kind: 'fixed', amount: v.priceAmount },
  leadTimeDays: 2,
  component: { variantId: v.variantId, quantity: 1 },
  ...extra,
});
const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789 .-!&';

export function bikeBuilder(parts: { groupsets: PickedVariant[]; discBrakes: PickedVariant[]; wheels: PickedVariant[] }): ConfigurableSeed {
  const [g1, g2, g3] = parts.groupsets as [PickedVariant, PickedVariant, PickedVariant];
  const [w1, w2, w3] = parts.wheels as [PickedVariant, PickedVariant, PickedVariant];
  const disc = parts.discBrakes[0]!;
  const discFrames = [ref('frame', 'aero_disc'), ref('frame', 'endurance_disc')];
  return {
    slug: 'build-your-road-bike',
    title: 'Build Your Road Bike',
    description: 'Pick a frame, size, colour, groupset, brakes, wheels and tyres; our workshop assembles exactly that bike, tuned to your crank length.',
    categoryPath: 'bikes/road',
    base: { sku: 'CFG-BIKE-BUILD', title: 'Workshop build', priceAmount: 24_900, stock: 40, weightGrams: 9_000 },
    definition: {
      schemaVersion: 1,
      preview: 'bike',
      baseLeadTimeDays: 3,
      groups: [
        {
          id: 'frame', kind: 'single', label: 'Frame', help: 'Disc frames take disc brakes and disc wheels only.',
          options: [
            { id: 'allroad_alloy', label: 'Allroad alloy frame (rim brake)', price: { kind: 'fixed', amount: 49_900 }, leadTimeDays: 2, visual: { style: 'alloy' } },
            { id: 'endurance_disc', label: 'Endurance carbon frame (disc)', price: { kind: 'fixed', amount: 129_900 }, leadTimeDays: 10, visual: { style: 'endurance' } },
            { id: 'aero_disc', label: 'Aero carbon frame (disc)', price: { kind: 'fixed', amount: 189_900 }, leadTimeDays: 14, visual: { style: 'aero' } },
          ],
        },
        { id: 'size', kind: 'single', label: 'Frame size', help: 'XS fits riders from 155 cm, XL up to 200 cm.', options: ['XS', 'S', 'M', 'L', 'XL'].map((s) => ({ id: s.toLowerCase(), label: s })) },
        { id: 'crank_length', kind: 'measurement', label: 'Crank length', unit: 'mm', help: 'Measured from the pedal axle to the bottom bracket axle. Small frames take short cranks.', min: 165, max: 177.5, step: 2.5, default: 172.5 },
        {
          id: 'colour', kind: 'single', label: 'Colour',
          options: [
            { id: 'graphite', label: 'Graphite', visual: { colour: '#3a3f47' } },
            { id: 'glacier', label: 'Glacier white', visual: { colour: '#dfe7ec' } },
            { id: 'signal_red', label: 'Signal red', price: { kind: 'fixed', amount: 9_000 }, visual: { colour: '#b3122b' } },
            { id: 'sunset_orange', label: 'Sunset orange (carbon frames only)', price: { kind: 'fixed', amount: 15_000 }, leadTimeDays: 7, visual: { colour: '#d9571a' } },
          ],
        },
        { id: 'groupset', kind: 'single', label: 'Groupset', options: [componentOption('groupset_1', g1), componentOption('groupset_2', g2), componentOption('groupset_3', g3)] },
        {
          id: 'brakes', kind: 'single', label: 'Brakes',
          options: [
            { id: 'rim', label: 'Dual-pivot rim brakes', price: { kind: 'fixed', amount: 8_900 }, visual: { style: 'rim' } },
            componentOption('disc', disc, { label: `Hydraulic disc brakes: ${disc.label} (pair)`, price: { kind: 'fixed', amount: disc.priceAmount * 2 }, component: { variantId: disc.variantId, quantity: 2 }, visual: { style: 'disc' } }),
          ],
        },
        {
          id: 'wheels', kind: 'single', label: 'Wheels',
          options: [
            componentOption('alloy_rim', w1, { label: `${w1.label} (rim brake)`, visual: { style: 'shallow' } }),
            componentOption('carbon_disc', w2, { label: `${w2.label} (disc)`, visual: { style: 'deep' } }),
            componentOption('deep_disc', w3, { label: `${w3.label} (disc)`, visual: { style: 'deeper' } }),
          ],
        },
        {
          id: 'tyres', kind: 'single', label: 'Tyres',
          options: [
            { id: 'race_25', label: 'Race 25 mm', price: { kind: 'fixed', amount: 0 }, visual: { style: 'thin' } },
            { id: 'allround_28', label: 'All-round 28 mm', price: { kind: 'fixed', amount: 1_500 }, visual: { style: 'mid' } },
            { id: 'gravel_32', label: 'Gravel-ready 32 mm', price: { kind: 'fixed', amount: 2_500 }, visual: { style: 'wide' } },
          ],
        },
        {
          id: 'extras', kind: 'multiple', label: 'Extras', min: 0, max: 3,
          options: [
            { id: 'cages', label: 'Two carbon bottle cages', price: { kind: 'fixed', amount: 5_900 } },
            { id: 'mount', label: 'Out-front computer mount', price: { kind: 'fixed', amount: 3_900 } },
            { id: 'fitting', label: 'Professional bike fitting', price: { kind: 'fixed', amount: 14_900 }, leadTimeDays: 5 },
          ],
        },
        { id: 'name', kind: 'text', label: 'Top-tube name', help: 'Up to 14 letters, digits, spaces and . - ! &', minLength: 0, maxLength: 14, allowedCharacters: LETTERS },
      ],
      rules: [
        { kind: 'requires', option: ref('brakes', 'disc'), anyOf: discFrames },
        { kind: 'requires', option: ref('brakes', 'rim'), anyOf: [ref('frame', 'allroad_alloy')] },
        { kind: 'requires', option: ref('wheels', 'carbon_disc'), anyOf: [ref('brakes', 'disc')] },
        { kind: 'requires', option: ref('wheels', 'deep_disc'), anyOf: [ref('brakes', 'disc')] },
        { kind: 'requires', option: ref('wheels', 'alloy_rim'), anyOf: [ref('brakes', 'rim')] },
        { kind: 'requires', option: ref('colour', 'sunset_orange'), anyOf: discFrames },
        { kind: 'excludes', option: ref('frame', 'aero_disc'), other: ref('tyres', 'gravel_32') },
        { kind: 'bound', group: 'crank_length', when: ref('size', 'xs'), max: 167.5 },
        { kind: 'bound', group: 'crank_length', when: ref('size', 's'), max: 170 },
        { kind: 'bound', group: 'crank_length', when: ref('size', 'l'), min: 172.5 },
        { kind: 'bound', group: 'crank_length', when: ref('size', 'xl'), min: 175 },
      ],
      defaults: { frame: 'allroad_alloy', size: 'm', crank_length: 172.5, colour: 'graphite', groupset: 'groupset_1', brakes: 'rim', wheels: 'alloy_rim', tyres: 'allround_28', extras: [] },
    },
  };
}

export function madeToMeasureJersey(): ConfigurableSeed {
  return {
    slug: 'made-to-measure-jersey',
    title: 'Made-to-Measure Jersey',
    description: 'A jersey cut to your chest, waist and sleeve length, in the fabric and colour you choose, with your own chest print.',
    categoryPath: 'apparel/jerseys',
    base: { sku: 'CFG-JERSEY-MTM', title: 'Made to measure', priceAmount: 6_900, stock: 500, weightGrams: 150 },
    definition: {
      schemaVersion: 1,
      preview: 'jersey',
      baseLeadTimeDays: 10,
      groups: [
        { id: 'fit', kind: 'single', label: 'Fit', options: [{ id: 'race', label: 'Race fit' }, { id: 'club', label: 'Club fit' }] },
        { id: 'chest', kind: 'measurement', label: 'Chest', unit: 'cm', help: 'Around the fullest part of your chest, arms relaxed.', min: 76, max: 130, step: 1, default: 96 },
        { id: 'waist', kind: 'measurement', label: 'Waist', unit: 'cm', help: 'Around your natural waist, just above the navel.', min: 60, max: 124, step: 1, default: 82 },
        { id: 'sleeve_length', kind: 'measurement', label: 'Sleeve length', unit: 'cm', help: 'From the shoulder seam to where the sleeve should end.', min: 16, max: 30, step: 0.5, default: 22 },
        {
          id: 'fabric', kind: 'single', label: 'Fabric',
          options: [
            { id: 'recycled', label: 'Recycled polyester' },
            { id: 'aero', label: 'Aero lycra', price: { kind: 'fixed', amount: 2_000 } },
            { id: 'merino', label: 'Merino blend', price: { kind: 'fixed', amount: 3_500 }, leadTimeDays: 7 },
          ],
        },
        {
          id: 'colour', kind: 'single', label: 'Colour',
          options: [
            { id: 'navy', label: 'Navy', visual: { colour: '#1f2a44' } },
            { id: 'teal', label: 'Teal', visual: { colour: '#0f6e6e' } },
            { id: 'yellow', label: 'Race yellow', visual: { colour: '#f2c200' } },
            { id: 'coral', label: 'Coral', visual: { colour: '#d9534f' } },
          ],
        },
        {
          id: 'finishing', kind: 'multiple', label: 'Finishing', min: 0, max: 2,
          options: [
            { id: 'zip_pocket', label: 'Zipped valuables pocket', price: { kind: 'fixed', amount: 900 } },
            { id: 'reflective_trim', label: 'Reflective hem trim (6 cents per cm of chest)', price: { kind: 'perUnit', measurement: 'chest', amountPerUnit: 6 } },
          ],
        },
        {
          id: 'print', kind: 'single', label: 'Chest print', required: false, help: 'Priced by area: €1.50 set-up plus 2 cents per cm².',
          options: [{ id: 'chest_print', label: 'Custom chest print', price: { kind: 'formula', expression: '150 + print_width * print_height * 2' }, leadTimeDays: 3 }],
        },
        { id: 'print_width', kind: 'measurement', label: 'Print width', unit: 'cm', min: 5, max: 28, step: 1, default: 20 },
        { id: 'print_height', kind: 'measurement', label: 'Print height', unit: 'cm', min: 3, max: 12, step: 1, default: 6 },
        { id: 'print_text', kind: 'text', label: 'Print text', help: '1 to 16 letters, digits, spaces and . - ! &', minLength: 1, maxLength: 16, allowedCharacters: LETTERS },
      ],
      rules: [
        { kind: 'visibleWhen', group: 'print_width', anyOf: [ref('print', 'chest_print')] },
        { kind: 'visibleWhen', group: 'print_height', anyOf: [ref('print', 'chest_print')] },
        { kind: 'visibleWhen', group: 'print_text', anyOf: [ref('print', 'chest_print')] },
        { kind: 'bound', group: 'sleeve_length', when: ref('fit', 'race'), max: 26 },
        { kind: 'excludes', option: ref('fit', 'race'), other: ref('fabric', 'merino') },
      ],
      defaults: { fit: 'club', chest: 96, waist: 82, sleeve_length: 22, fabric: 'recycled', colour: 'navy' },
    },
  };
}

const KIT_BOX_FEE = 500;
const KIT_DISCOUNT = 2_000;

export function commuterKit(parts: { helmets: PickedVariant[]; lights: PickedVariant[]; locks: PickedVariant[] }): ConfigurableSeed {
  const pick = (group: string, variants: PickedVariant[]) => variants.map((v, i) => componentOption(`${group}_${i + 1}`, v));
  // The saving claimed is what the shopper really saves against buying the three parts alone:
  // each part costs what its variant costs, so it is the discount less the kit box's fee.
  const saving = KIT_DISCOUNT - KIT_BOX_FEE;
  return {
    slug: 'commuter-kit-bundle',
    title: 'Commuter Kit Bundle',
    description: `Assemble your commuting kit — a helmet, a light set and a lock — and save €${saving / 100} on the three together (a €${KIT_BOX_FEE / 100} kit box included).`,
    categoryPath: 'accessories/locks',
    base: { sku: 'CFG-COMMUTER-KIT', title: 'Kit box', priceAmount: KIT_BOX_FEE, stock: 200, weightGrams: 300 },
    definition: {
      schemaVersion: 1,
      preview: 'kit',
      baseLeadTimeDays: 1,
      groups: [
        { id: 'helmet', kind: 'single', label: 'Helmet', options: pick('helmet', parts.helmets) },
        { id: 'lights', kind: 'single', label: 'Light set', options: pick('lights', parts.lights) },
        { id: 'lock', kind: 'single', label: 'Lock', options: pick('lock', parts.locks) },
      ],
      rules: [],
      adjustments: [{ label: 'Bundle discount', amount: -KIT_DISCOUNT, whenAll: [] }],
      defaults: { helmet: 'helmet_1', lights: 'lights_1', lock: 'lock_1' },
    },
  };
}
