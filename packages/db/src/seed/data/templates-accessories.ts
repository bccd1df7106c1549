// Product templates for Accessories: helmets, lights, locks, bags and pumps.
import { apparelColours } from './colours.ts';
import { priceBetween, type ProductDraft, type ProductTemplate } from '../template-types.ts';

const helmets: ProductTemplate = {
  category: 'accessories/helmets',
  count: 10,
  brands: ['carapace'],
  build: ({ rng, brand }): ProductDraft => {
    const use = rng.pick(['Road', 'Aero Road', 'Trail', 'Urban']);
    const model = rng.pick(['Shell', 'Vault', 'Dome', 'Helix', 'Crest']);
    const colours = rng.sample(apparelColours, rng.int(2, 3));
    return {
      title: `${brand.name} ${model} ${use} Helmet`,
      sentences: [
        `An in-mould ${use.toLowerCase()} helmet with a rotational impact liner that reduces the forces reaching the head in an angled impact.`,
        use === 'Urban' ? 'A rechargeable rear light is built into the dial and the visor keeps low sun out of your eyes.' : `${rng.int(14, 22)} vents channel air over the head, so it stays cool on slow climbs.`,
        'A one-handed dial adjusts the fit; the padding is washable and replaceable.',
        'Certified to EN 1078.',
      ],
      attributes: { 'helmet-type': [use.toLowerCase().replace(' ', '-')], colour: colours.map((c) => c.toLowerCase()), 'rotational-protection': ['yes'] },
      options: [{ name: 'size', values: ['S', 'M', 'L'] }, { name: 'colour', values: colours }],
      basePrice: priceBetween(rng, 69, 279, use === 'Aero Road' ? 0.85 : use === 'Urban' ? 0.15 : 0.5),
      weightGrams: rng.int(230, 390),
      image: 'helmet',
      stock: [0, 20],
    };
  },
};

const lights: ProductTemplate = {
  category: 'accessories/lights',
  count: 10,
  brands: ['lumenfell'],
  build: ({ rng, brand }): ProductDraft => {
    const kind = rng.pick(['Front', 'Rear', 'Set']);
    const lumens = kind === 'Rear' ? rng.pick([30, 60, 100]) : rng.pick([400, 800, 1200, 1600]);
    const model = rng.pick(['Beacon', 'Flare', 'Lumen', 'Nightjar', 'Lantern']);
    return {
      title: `${brand.name} ${model} ${lumens} ${kind === 'Set' ? 'Light Set' : `${kind} Light`}`,
      sentences: [
        kind === 'Rear' ? `A ${lumens}-lumen rear light with a daytime flash visible from over a kilometre away.` : `A ${lumens}-lumen front light with a cut-off beam that lights the road without dazzling oncoming traffic.`,
        `It charges over USB-C and runs for up to ${rng.int(4, 30)} hours in its economy mode.`,
        'A tool-free rubber strap fits round and aero bars and seatposts.',
        kind === 'Set' ? 'The set includes a matching rear light.' : 'Rated IPX6 against rain and spray.',
      ],
      attributes: { 'light-type': [kind.toLowerCase()], brightness: [`${lumens} lm`], charging: ['usb-c'] },
      options: [],
      basePrice: priceBetween(rng, 19, 179, kind === 'Rear' ? lumens / 400 : lumens / 1800 + (kind === 'Set' ? 0.1 : 0)),
      weightGrams: rng.int(40, 220),
      image: 'light',
      stock: [0, 40],
    };
  },
};

const locks: ProductTemplate = {
  category: 'accessories/locks',
  count: 7,
  brands: ['bastion-lockworks'],
  build: ({ rng, brand }): ProductDraft => {
    const kind = rng.pick(['U-Lock', 'Chain Lock', 'Folding Lock']);
    const rating = kind === 'Folding Lock' ? rng.int(7, 10) : rng.int(9, 15);
    const model = rng.pick(['Keep', 'Rampart', 'Bulwark', 'Citadel']);
    const lengths = kind === 'U-Lock' ? ['Standard', 'Long shackle'] : kind === 'Chain Lock' ? ['85 cm', '110 cm'] : ['85 cm', '100 cm'];
    return {
      title: `${brand.name} ${model} ${rating} ${kind}`,
      sentences: [
        `A ${kind.toLowerCase()} in hardened steel with a security rating of ${rating} out of 15.`,
        kind === 'Chain Lock' ? 'A fabric sleeve protects your paint and the padlock has a dust cover.' : 'A frame mount is included, so it rides with you without a bag.',
        'Comes with three keys and a key-replacement code card.',
      ],
      attributes: { 'lock-type': [kind.toLowerCase().replace(' ', '-')], 'security-rating': [`${rating}`] },
      options: [{ name: 'length', values: lengths, factors: [1, 1.15] }],
      basePrice: priceBetween(rng, 34, 149, rating / 15),
      weightGrams: rng.int(900, 2600),
      image: 'lock',
      stock: [0, 25],
    };
  },
};

const bags: ProductTemplate = {
  category: 'accessories/bags',
  count: 9,
  brands: ['pannier-and-pine'],
  build: ({ rng, brand }): ProductDraft => {
    const kind = rng.pick(['Frame Bag', 'Saddle Pack', 'Handlebar Roll', 'Pannier', 'Top Tube Bag']);
    const volume = { 'Frame Bag': [3, 6], 'Saddle Pack': [8, 16], 'Handlebar Roll': [9, 15], Pannier: [18, 25], 'Top Tube Bag': [1, 2] }[kind] ?? [5, 10];
    const model = rng.pick(['Wayfarer', 'Roam', 'Bivvy', 'Trailhead', 'Drifter']);
    const colours = rng.sample(['Black', 'Olive', 'Sand', 'Grey'], rng.int(1, 3));
    const litres = rng.int(volume[0] ?? 5, volume[1] ?? 10);
    return {
      title: `${brand.name} ${model} ${kind} ${litres} L`,
      sentences: [
        `A ${litres}-litre ${kind.toLowerCase()} in welded, fully waterproof fabric with a roll-top closure.`,
        'Hook-and-loop straps and a rigid back plate stop it swaying when you ride out of the saddle.',
        'Reflective trims help drivers see you after dark.',
      ],
      attributes: { 'bag-type': [kind.toLowerCase().replace(/ /g, '-')], volume: [`${litres} l`], waterproof: ['yes'], colour: colours.map((c) => c.toLowerCase()) },
      options: [{ name: 'colour', values: colours }],
      basePrice: priceBetween(rng, 29, 189, litres / 25),
      weightGrams: rng.int(150, 1100),
      image: 'bag',
      stock: [0, 30],
    };
  },
};

const pumps: ProductTemplate = {
  category: 'accessories/pumps',
  count: 7,
  brands: ['tidewind'],
  build: ({ rng, brand }): ProductDraft => {
    const kind = rng.pick(['Floor Pump', 'Mini Pump', 'CO2 Inflator']);
    const model = rng.pick(['Gale', 'Squall', 'Zephyr', 'Breeze']);
    const pressure = kind === 'Floor Pump' ? 11 : kind === 'Mini Pump' ? 7 : 8;
    return {
      title: `${brand.name} ${model} ${kind}`,
      sentences: [
        kind === 'Floor Pump' ? 'A steel-barrel floor pump with a large top-mounted gauge and a wide, stable base.' : `A ${kind.toLowerCase()} small enough for a jersey pocket or a frame mount.`,
        `A smart head fits Presta and Schrader valves without swapping parts, up to ${pressure} bar.`,
        'Rebuildable seals mean it will keep working for years.',
      ],
      attributes: { 'pump-type': [kind.toLowerCase().replace(/ /g, '-')], valve: ['presta', 'schrader'], 'max-pressure': [`${pressure} bar`] },
      options: [],
      basePrice: priceBetween(rng, 19, 119, kind === 'Floor Pump' ? 0.6 : 0.1),
      weightGrams: kind === 'Floor Pump' ? rng.int(1500, 2400) : rng.int(60, 180),
      image: 'pump',
      stock: [0, 35],
    };
  },
};

export const accessoryTemplates: ProductTemplate[] = [helmets, lights, locks, bags, pumps];
