// Product templates for Apparel: jerseys, bib shorts, jackets and gloves.
import { apparelColours } from './colours.ts';
import { priceBetween, type ProductDraft, type ProductTemplate } from '../template-types.ts';
import type { Random } from '../random.ts';

const sizes = ['XS', 'S', 'M', 'L', 'XL', 'XXL'];
const gloveSizes = ['S', 'M', 'L', 'XL'];

function genderFor(rng: Random): { gender: string; label: string } {
  const gender = rng.pick(['men', 'women', 'women', 'men', 'unisex']);
  const label = gender === 'men' ? "Men's " : gender === 'women' ? "Women's " : '';
  return { gender, label };
}

function colourAttributes(colours: string[]): string[] {
  return colours.map((colour) => colour.toLowerCase());
}

const jerseys: ProductTemplate = {
  category: 'apparel/jerseys',
  count: 16,
  brands: ['maillot-atelier', 'northpaw'],
  build: ({ rng, brand }): ProductDraft => {
    const { gender, label } = genderFor(rng);
    const fit = rng.pick(['race', 'club', 'relaxed']);
    const sleeve = rng.pick(['Short Sleeve', 'Short Sleeve', 'Long Sleeve']);
    const model = rng.pick(['Échappée', 'Gruppetto', 'Soigneur', 'Flamme Rouge', 'Bidon', 'Lanterne']);
    const colours = rng.sample(apparelColours, rng.int(1, 3));
    return {
      title: `${brand.name} ${label}${model} ${sleeve} Jersey`,
      sentences: [
        `The ${model} jersey has a ${fit} fit: ${fit === 'race' ? 'close to the body with no flapping at speed' : fit === 'club' ? 'close without being tight, for long days out' : 'a little looser, for café rides and commuting'}.`,
        `Its ${sleeve === 'Long Sleeve' ? 'brushed fabric keeps the chill off on spring and autumn mornings' : 'light, quick-drying fabric wicks sweat on the hottest climbs'}.`,
        'Three rear pockets plus a zipped valuables pocket, a full-length zip and a silicone hem gripper keep everything in place.',
        'Machine washable at 30 °C.',
      ],
      attributes: { gender: [gender], fit: [fit], colour: colourAttributes(colours), season: [sleeve === 'Long Sleeve' ? 'spring-autumn' : 'summer'] },
      options: [{ name: 'size', values: sizes }, { name: 'colour', values: colours }],
      basePrice: priceBetween(rng, 59, 169, fit === 'race' ? 0.8 : fit === 'club' ? 0.45 : 0.15),
      weightGrams: rng.int(110, 240),
      image: 'jersey',
      stock: [0, 30],
    };
  },
};

const bibShorts: ProductTemplate = {
  category: 'apparel/bib-shorts',
  count: 11,
  brands: ['maillot-atelier'],
  build: ({ rng, brand }): ProductDraft => {
    const { gender, label } = genderFor(rng);
    const kind = rng.pick(['Bib Shorts', 'Bib Shorts', 'Cargo Bib Shorts', 'Thermal Bib Tights']);
    const model = rng.pick(['Endurance', 'Pro', 'Randonneur', 'Tempo', 'Classique']);
    const colours = rng.sample(['Black', 'Black', 'Navy', 'Olive'], rng.int(1, 2));
    return {
      title: `${brand.name} ${label}${model} ${kind}`,
      sentences: [
        `${kind} with a ${rng.pick(['multi-density', 'seamless', 'perforated'])} chamois made for rides of ${rng.pick(['four', 'five', 'six'])} hours and more.`,
        kind.includes('Thermal') ? 'A brushed fleece lining and a water-repellent finish keep your legs warm down to about 5 °C.' : 'Compressive Italian Lycra supports the muscles without cutting in at the leg grippers.',
        gender === 'women' ? 'A drop-tail design lets you take a break without taking off your jersey.' : 'Wide mesh straps stay flat under a jersey and breathe well.',
        kind.includes('Cargo') ? 'Two leg pockets and a rear mesh pocket carry a phone and snacks for gravel days.' : 'Laser-cut leg hems lie flat.',
      ],
      attributes: { gender: [gender], colour: colourAttributes(colours), season: [kind.includes('Thermal') ? 'winter' : 'summer'] },
      options: [{ name: 'size', values: sizes }, { name: 'colour', values: colours }],
      basePrice: priceBetween(rng, 79, 229, rng.next()),
      weightGrams: rng.int(170, 290),
      image: 'shorts',
      stock: [0, 25],
    };
  },
};

const jackets: ProductTemplate = {
  category: 'apparel/jackets',
  count: 11,
  brands: ['northpaw', 'maillot-atelier'],
  build: ({ rng, brand }): ProductDraft => {
    const { gender, label } = genderFor(rng);
    const kind = rng.pick(['Rain Jacket', 'Wind Gilet', 'Thermal Jacket', 'Packable Wind Jacket']);
    const model = rng.pick(['Stormline', 'Föhn', 'Hailstone', 'Mistral', 'Bora', 'Nordkap']);
    const colours = rng.sample(apparelColours, rng.int(1, 3));
    const copy: Record<string, string> = {
      'Rain Jacket': 'A three-layer waterproof membrane with taped seams keeps you dry in sustained rain while venting heat through underarm zips.',
      'Wind Gilet': 'A windproof front with a mesh back: stuff it in a pocket at the top of the climb, pull it on for the descent.',
      'Thermal Jacket': 'A windproof front and a brushed thermal back keep you warm between 0 and 10 °C.',
      'Packable Wind Jacket': 'It packs down to the size of a banana and weighs next to nothing.',
    };
    return {
      title: `${brand.name} ${label}${model} ${kind}`,
      sentences: [
        copy[kind] ?? '',
        'The dropped tail and reflective details keep spray off and make you visible to traffic.',
        'Cut for the riding position, so the sleeves and back stay covered when you are on the drops.',
      ],
      attributes: { gender: [gender], colour: colourAttributes(colours), season: [kind === 'Thermal Jacket' ? 'winter' : 'all-season'], waterproof: [kind === 'Rain Jacket' ? 'yes' : 'no'] },
      options: [{ name: 'size', values: sizes }, { name: 'colour', values: colours }],
      basePrice: priceBetween(rng, 69, 299, kind === 'Rain Jacket' ? 0.8 : kind === 'Thermal Jacket' ? 0.6 : 0.15),
      weightGrams: rng.int(90, 420),
      image: 'jacket',
      stock: [0, 20],
    };
  },
};

const gloves: ProductTemplate = {
  category: 'apparel/gloves',
  count: 9,
  brands: ['northpaw'],
  build: ({ rng, brand }): ProductDraft => {
    const kind = rng.pick(['Summer Mitts', 'Full Finger Gloves', 'Winter Gloves', 'Lobster Gloves']);
    const model = rng.pick(['Grip', 'Paw', 'Frost', 'Aero', 'Trail']);
    const colours = rng.sample(['Black', 'Black', 'Grey', 'Red', 'Yellow'], rng.int(1, 2));
    return {
      title: `${brand.name} ${model} ${kind}`,
      sentences: [
        `${kind} with a synthetic leather palm and ${kind === 'Summer Mitts' ? 'thin gel pads' : 'touchscreen-compatible fingertips'}.`,
        kind === 'Winter Gloves' || kind === 'Lobster Gloves' ? 'A windproof, water-resistant shell and fleece lining keep fingers working on cold mornings.' : 'A breathable mesh back keeps hands cool on warm days.',
        'A terry thumb panel wipes away sweat.',
      ],
      attributes: { gender: ['unisex'], colour: colourAttributes(colours), season: [kind.includes('Winter') || kind.includes('Lobster') ? 'winter' : 'summer'] },
      options: [{ name: 'size', values: gloveSizes }, { name: 'colour', values: colours }],
      basePrice: priceBetween(rng, 19, 79, kind === 'Summer Mitts' ? 0.1 : 0.7),
      weightGrams: rng.int(40, 140),
      image: 'gloves',
      stock: [0, 30],
    };
  },
};

/** The base of the team-kit configurator: an ordinary product until configuration lands. */
const teamJersey: ProductTemplate = {
  category: 'apparel/jerseys',
  count: 1,
  brands: ['maillot-atelier'],
  oneOff: true,
  build: ({ brand }): ProductDraft => ({
    title: `${brand.name} Made-to-Measure Team Jersey`,
    slug: 'made-to-measure-team-jersey',
    sentences: [
      'A race-fit jersey made to order for your club or team, sewn in Portugal from recycled fabric.',
      'Pick a size and base colour today; custom colours, logos and names are coming soon.',
      'Allow four weeks for production.',
    ],
    attributes: { gender: ['unisex'], fit: ['race'], colour: ['navy', 'black', 'white'], season: ['summer'] },
    options: [{ name: 'size', values: sizes }, { name: 'colour', values: ['Navy', 'Black', 'White'] }],
    basePrice: 119,
    weightGrams: 130,
    image: 'jersey',
    stock: [20, 50],
  }),
};

export const apparelTemplates: ProductTemplate[] = [teamJersey, jerseys, bibShorts, jackets, gloves];
