// Product templates for the Bikes category: road, gravel, mountain, e-bikes and kids bikes.
import { bikeColours } from './colours.ts';
import { priceBetween, type ProductDraft, type ProductTemplate } from '../template-types.ts';
import type { Random } from '../random.ts';

const roadSizes = ['49 cm', '52 cm', '54 cm', '56 cm', '58 cm'];
const letterSizes = ['S', 'M', 'L', 'XL'];
const tiers = [
  { tier: '3', groupset: '2x10 mechanical', t: 0.05 },
  { tier: '5', groupset: '2x11 mechanical', t: 0.3 },
  { tier: '7', groupset: '2x12 mechanical', t: 0.6 },
  { tier: '9', groupset: '2x12 electronic', t: 0.95 },
];
const materials = {
  carbon: { tag: 'SL', range: [2499, 8999] },
  aluminium: { tag: 'AL', range: [899, 2199] },
  steel: { tag: 'ST', range: [1299, 2999] },
  titanium: { tag: 'Ti', range: [3499, 7499] },
} as const;
type Material = keyof typeof materials;

function colourways(rng: Random): string[] {
  return rng.sample(bikeColours, rng.chance(0.45) ? 2 : 1);
}

function frameSentence(rng: Random, material: Material): string {
  const lines: Record<Material, string[]> = {
    carbon: ['The monocoque carbon frame is laid up with high-modulus fibre where stiffness counts and softer layers where comfort does.', 'A carbon frame and fork keep the weight low and the ride lively out of the saddle.'],
    aluminium: ['The hydroformed aluminium frame has smooth welds, internal routing and a full carbon fork.', 'A triple-butted aluminium frame keeps the price sensible without giving away much weight.'],
    steel: ['The double-butted chromoly steel frame rides with the springy feel steel is loved for.', 'A lugged-look steel frame with modern geometry, mudguard mounts and a lifetime frame warranty.'],
    titanium: ['The 3Al/2.5V titanium frame is hand-welded, brushed to a satin finish and will never need painting.', 'Titanium tubes give a smooth, damped ride that makes long days feel shorter.'],
  };
  return rng.pick(lines[material]);
}

const roadBikes: ProductTemplate = {
  category: 'bikes/road',
  count: 16,
  brands: ['velora', 'grimpeur-works'],
  build: ({ rng, brand }): ProductDraft => {
    const material = rng.pick<Material>(['carbon', 'carbon', 'aluminium', 'steel', 'titanium']);
    const { tier, groupset, t } = rng.pick(tiers);
    const model = rng.pick(['Strada', 'Corsa', 'Aria', 'Vento', 'Passo', 'Cima', 'Stelvio', 'Lupo']);
    const kind = rng.pick(['Road Bike', 'Aero Road Bike', 'Endurance Road Bike', 'Race Bike']);
    const m = materials[material];
    return {
      title: `${brand.name} ${model} ${m.tag} ${tier} ${kind}`,
      sentences: [
        `The ${model} is ${brand.name}'s ${kind.toLowerCase()} for riders who want speed without a punishing ride.`,
        frameSentence(rng, material),
        `Shifting comes from a ${groupset} groupset paired with hydraulic disc brakes and 160 mm rotors.`,
        `It rolls on tubeless-ready 700c wheels with clearance for ${rng.pick([30, 32, 34])} mm tyres.`,
        'Every bike is assembled, torqued and test-ridden by our workshop before it ships.',
      ],
      attributes: { 'frame-material': [material], 'wheel-size': ['700c'], groupset: [groupset], 'brake-type': ['hydraulic-disc'] },
      options: [{ name: 'size', values: roadSizes }, { name: 'colour', values: colourways(rng) }],
      basePrice: priceBetween(rng, m.range[0], m.range[1], t),
      weightGrams: rng.int(7200, 9800) - (material === 'carbon' ? 900 : 0),
      image: 'road-bike',
      stock: [1, 12],
    };
  },
};

const gravelBikes: ProductTemplate = {
  category: 'bikes/gravel',
  count: 14,
  brands: ['tessera-cycles', 'velora', 'grimpeur-works'],
  build: ({ rng, brand }): ProductDraft => {
    const material = rng.pick<Material>(['carbon', 'aluminium', 'aluminium', 'steel', 'titanium']);
    const { tier, t } = rng.pick(tiers);
    const groupset = rng.pick(['1x11 mechanical', '1x12 mechanical', '2x12 mechanical', '1x12 electronic']);
    const wheel = rng.pick(['700c', '700c', '650b']);
    const model = rng.pick(['Sterrato', 'Ranger', 'Fernweh', 'Drover', 'Kestrel', 'Atlas', 'Hinterland']);
    const m = materials[material];
    const tyre = wheel === '650b' ? '2.1 in' : `${rng.pick([42, 45, 50])} mm`;
    return {
      title: `${brand.name} ${model} ${m.tag} ${tier} Gravel Bike`,
      sentences: [
        `Built for forest roads, bikepacking trips and the commute in between, the ${model} does a bit of everything.`,
        frameSentence(rng, material),
        `A ${groupset} drivetrain gives a wide gear range for loaded climbs.`,
        `It runs ${wheel} wheels with room for ${tyre} tyres, and has mounts for racks, mudguards and three bottles.`,
      ],
      attributes: { 'frame-material': [material], 'wheel-size': [wheel], groupset: [groupset], 'brake-type': ['hydraulic-disc'] },
      options: [{ name: 'size', values: roadSizes }, { name: 'colour', values: colourways(rng) }],
      basePrice: priceBetween(rng, m.range[0], Math.min(m.range[1], 6499), t),
      weightGrams: rng.int(8400, 11200),
      image: 'road-bike',
      stock: [1, 10],
    };
  },
};

const mountainBikes: ProductTemplate = {
  category: 'bikes/mountain',
  count: 14,
  brands: ['kessel-mountain'],
  build: ({ rng, brand }): ProductDraft => {
    const suspension = rng.pick(['hardtail', 'full-suspension', 'full-suspension']);
    const travel = suspension === 'hardtail' ? rng.pick([100, 120]) : rng.pick([120, 140, 150, 160, 170]);
    const material = rng.pick<Material>(['carbon', 'aluminium', 'aluminium']);
    const wheel = travel >= 160 && rng.chance(0.5) ? '27.5in' : '29in';
    const { tier, t } = rng.pick(tiers);
    const model = rng.pick(['Ridgeline', 'Talus', 'Scree', 'Gully', 'Feldberg', 'Hexe', 'Schauinsland']);
    const style = travel <= 120 ? 'XC' : travel <= 150 ? 'Trail' : 'Enduro';
    const base = suspension === 'hardtail' ? [899, 3499] : material === 'carbon' ? [3499, 7999] : [1899, 4299];
    return {
      title: `${brand.name} ${model} ${travel} ${material === 'carbon' ? 'CF' : 'AL'} ${tier} ${style} ${suspension === 'hardtail' ? 'Hardtail' : 'Mountain Bike'}`,
      sentences: [
        `The ${model} ${travel} is a ${style.toLowerCase()} ${suspension === 'hardtail' ? 'hardtail' : 'full-suspension bike'} with ${travel} mm of travel and modern, slack geometry.`,
        `Its ${material} frame takes a dropper post, a water bottle inside the main triangle and ${wheel === '29in' ? '29-inch' : '27.5-inch'} wheels.`,
        `A 1x12 drivetrain with a ${rng.pick([51, 52])}-tooth sprocket gets you up the steep stuff; four-piston brakes bring you back down.`,
        'We set up suspension sag for your weight when you collect it in store.',
      ],
      attributes: {
        'frame-material': [material], 'wheel-size': [wheel], suspension: [suspension], travel: [`${travel} mm`],
        groupset: ['1x12 mechanical'], 'brake-type': ['hydraulic-disc'],
      },
      options: [{ name: 'size', values: letterSizes }, { name: 'colour', values: colourways(rng) }],
      basePrice: priceBetween(rng, base[0] ?? 899, base[1] ?? 3499, t),
      weightGrams: rng.int(11500, 15800),
      image: 'mtb',
      stock: [1, 8],
    };
  },
};

const eBikes: ProductTemplate = {
  category: 'bikes/e-bikes',
  count: 12,
  brands: ['voltaro', 'tessera-cycles', 'kessel-mountain'],
  build: ({ rng, brand }): ProductDraft => {
    const use = rng.pick(['City', 'Trekking', 'Gravel', 'Trail']);
    const model = rng.pick(['Ampere', 'Flux', 'Surge', 'Pendler', 'Watt', 'Kilo']);
    const battery = rng.pick([500, 625, 750]);
    const torque = use === 'Trail' ? rng.pick([85, 90]) : rng.pick([50, 65, 75]);
    const wheel = use === 'Trail' ? '29in' : use === 'Gravel' ? '700c' : rng.pick(['700c', '27.5in']);
    return {
      title: `${brand.name} ${model} ${use} E-Bike ${battery}`,
      sentences: [
        `The ${model} is a ${use.toLowerCase()} e-bike with a mid-drive motor giving up to ${torque} Nm of pedal assistance.`,
        `Its ${battery} Wh battery sits inside the down tube, locks in place and charges fully in about five hours.`,
        use === 'City' || use === 'Trekking'
          ? 'Integrated lights, mudguards, a rear rack and a kickstand come fitted, ready for the daily commute.'
          : 'A sturdy aluminium frame and powerful four-piston brakes keep things in control when the trail gets rough.',
        'Assistance cuts out at 25 km/h, so it is road legal across the EU without registration.',
      ],
      attributes: {
        'frame-material': ['aluminium'], 'wheel-size': [wheel], 'battery-capacity': [`${battery} Wh`],
        'motor-torque': [`${torque} Nm`], 'brake-type': ['hydraulic-disc'],
      },
      options: [{ name: 'size', values: letterSizes }, { name: 'colour', values: colourways(rng) }],
      basePrice: priceBetween(rng, 2299, 7999, (battery - 500) / 250 * 0.6 + (use === 'Trail' ? 0.35 : 0)),
      weightGrams: rng.int(21000, 26500),
      image: 'e-bike',
      stock: [1, 6],
    };
  },
};

const kidsBikes: ProductTemplate = {
  category: 'bikes/kids',
  count: 8,
  brands: ['piccolo-velo'],
  build: ({ rng, brand }): ProductDraft => {
    const wheelIn = rng.pick([12, 14, 16, 20, 24]);
    const age = { 12: '3–4', 14: '4–5', 16: '5–7', 20: '6–9', 24: '8–12' }[wheelIn] ?? '5–7';
    const model = rng.pick(['Nino', 'Bambi', 'Grillo', 'Scout', 'Pixie']);
    return {
      title: `${brand.name} ${model} ${wheelIn} Kids Bike`,
      sentences: [
        `The ${model} ${wheelIn} is sized for riders aged roughly ${age} and weighs less than most bikes its size.`,
        'Short-reach brake levers, narrow handlebars and a low step-over make it easy to control for small hands and legs.',
        wheelIn >= 20 ? 'Eight gears with a single trigger shifter take the sting out of hills.' : 'A single gear keeps things simple, and there is no coaster brake to trip up pedalling.',
      ],
      attributes: { 'frame-material': ['aluminium'], 'wheel-size': [`${wheelIn}in`], 'age-range': [`${age} years`] },
      options: [{ name: 'colour', values: rng.sample(bikeColours, rng.int(2, 3)) }],
      basePrice: 299 + (wheelIn - 12) * 25 + rng.int(0, 60),
      weightGrams: 4200 + (wheelIn - 12) * 420,
      image: 'kids-bike',
      stock: [2, 15],
    };
  },
};

/** The base of the bike builder: an ordinary product until configuration lands. */
const customFrameKit: ProductTemplate = {
  category: 'bikes/road',
  count: 1,
  brands: ['velora'],
  oneOff: true,
  build: ({ brand }): ProductDraft => ({
    title: `${brand.name} Custom Build Road Bike Frame Kit`,
    slug: 'custom-build-road-bike-frame-kit',
    sentences: [
      'Start your own build from our flagship carbon frame kit: frame, fork, seatpost, headset and thru-axles.',
      'Choose your size and colour today; our workshop will soon let you pick groupset, wheels and cockpit to complete the bike.',
      'Every custom build is assembled by hand and test-ridden before it leaves.',
    ],
    attributes: { 'frame-material': ['carbon'], 'wheel-size': ['700c'], 'brake-type': ['hydraulic-disc'] },
    options: [{ name: 'size', values: roadSizes }, { name: 'colour', values: ['Black', 'White', 'Red'] }],
    basePrice: 2999,
    weightGrams: 1650,
    image: 'road-bike',
    stock: [3, 10],
  }),
};

export const bikeTemplates: ProductTemplate[] = [customFrameKit, roadBikes, gravelBikes, mountainBikes, eBikes, kidsBikes];
