// Product templates for Components: drivetrain, wheels, brakes and cockpit.
import { kitColours } from './colours.ts';
import { priceBetween, type ProductDraft, type ProductTemplate } from '../template-types.ts';

const lines = ['Vector', 'Ardent', 'Torque', 'Sella', 'Meridian', 'Keystone'];

const drivetrain: ProductTemplate = {
  category: 'components/drivetrain',
  count: 16,
  brands: ['cadence-forge', 'grimpeur-works'],
  build: ({ rng, brand }): ProductDraft => {
    const line = rng.pick(lines);
    const speed = rng.pick([11, 12, 12]);
    const kind = rng.pick(['cassette', 'chain', 'chainset', 'derailleur', 'chainring']);
    const common = { 'speed': [`${speed}-speed`] };
    if (kind === 'cassette') {
      return {
        title: `${brand.name} ${line} ${speed}-Speed Cassette`,
        sentences: [
          `A ${speed}-speed cassette with CNC-machined steel sprockets and an alloy carrier for the largest cogs.`,
          'Ramped and pinned teeth give quick, quiet shifts under load.',
          'Pick the range that suits your riding: tight for racing, wide for climbing and gravel.',
        ],
        attributes: { ...common, 'component-type': ['cassette'], material: ['steel'] },
        options: [{ name: 'range', values: speed === 12 ? ['10-33', '10-36', '10-45'] : ['11-28', '11-32', '11-34'], factors: [1, 1.06, 1.15] }],
        basePrice: priceBetween(rng, 59, 329, rng.next()),
        weightGrams: rng.int(220, 420),
        image: 'chainring',
        stock: [3, 40],
      };
    }
    if (kind === 'chain') {
      return {
        title: `${brand.name} ${line} ${speed}-Speed Chain`,
        sentences: [
          `A ${speed}-speed chain with hollow pins and a low-friction coating that resists rust in the wet.`,
          'Ships with a reusable quick link and 126 links, enough for the largest frames.',
          'Replace it every 3,000 to 5,000 km to keep your cassette and chainrings running longer.',
        ],
        attributes: { ...common, 'component-type': ['chain'], material: ['steel'] },
        options: [],
        basePrice: priceBetween(rng, 24, 69, rng.next()),
        weightGrams: rng.int(240, 275),
        image: 'chainring',
        stock: [10, 80],
      };
    }
    if (kind === 'chainset') {
      const material = rng.pick(['carbon', 'aluminium']);
      return {
        title: `${brand.name} ${line} ${material === 'carbon' ? 'Carbon' : 'Alloy'} Chainset`,
        sentences: [
          `A ${material} chainset with a 30 mm spindle and direct-mount chainrings.`,
          'Hollow crank arms keep weight down while staying stiff under hard efforts.',
          'Choose the crank length that matches your frame size and leg length.',
        ],
        attributes: { ...common, 'component-type': ['chainset'], material: [material] },
        options: [{ name: 'crank-length', values: ['165 mm', '170 mm', '172.5 mm', '175 mm'] }],
        basePrice: priceBetween(rng, 189, 649, material === 'carbon' ? 0.8 : 0.2),
        weightGrams: rng.int(520, 760),
        image: 'chainring',
        stock: [2, 20],
      };
    }
    if (kind === 'chainring') {
      return {
        title: `${brand.name} ${line} Narrow-Wide Chainring`,
        sentences: [
          'A narrow-wide chainring for 1x drivetrains that holds the chain without a guide.',
          'Machined from 7075 aluminium and hard-anodised for long wear.',
        ],
        attributes: { ...common, 'component-type': ['chainring'], material: ['aluminium'] },
        options: [{ name: 'teeth', values: ['38T', '40T', '42T', '44T'] }],
        basePrice: priceBetween(rng, 39, 89, rng.next()),
        weightGrams: rng.int(70, 120),
        image: 'chainring',
        stock: [4, 30],
      };
    }
    return {
      title: `${brand.name} ${line} ${speed}-Speed Rear Derailleur`,
      sentences: [
        `A clutch-equipped ${speed}-speed rear derailleur that keeps the chain quiet on rough roads.`,
        'Sealed jockey-wheel bearings and a replaceable hanger-friendly design keep maintenance simple.',
      ],
      attributes: { ...common, 'component-type': ['rear-derailleur'], material: ['aluminium'] },
      options: [],
      basePrice: priceBetween(rng, 79, 429, rng.next()),
      weightGrams: rng.int(220, 320),
      image: 'chainring',
      stock: [2, 18],
    };
  },
};

const wheels: ProductTemplate = {
  category: 'components/wheels',
  count: 12,
  brands: ['spokewright'],
  build: ({ rng, brand }): ProductDraft => {
    const use = rng.pick(['Road', 'Gravel', 'Trail']);
    const material = use === 'Trail' ? rng.pick(['aluminium', 'carbon']) : rng.pick(['carbon', 'carbon', 'aluminium']);
    const depth = use === 'Road' ? rng.pick([35, 45, 50, 60]) : use === 'Gravel' ? rng.pick([25, 32, 40]) : 30;
    const wheel = use === 'Trail' ? rng.pick(['29in', '27.5in']) : use === 'Gravel' ? rng.pick(['700c', '650b']) : '700c';
    const model = rng.pick(['Aether', 'Cirrus', 'Talon', 'Monolith', 'Drift']);
    return {
      title: `${brand.name} ${model} ${depth} ${material === 'carbon' ? 'Carbon' : 'Alloy'} ${use} Wheelset`,
      sentences: [
        `${depth} mm deep ${material} rims with a wide internal width that supports tyres and lets you run lower pressures.`,
        'Hand-built on our own hubs with a 36-tooth ratchet and straight-pull spokes, then trued and tensioned by hand.',
        'Tubeless ready: the rims come taped and the valves are in the box.',
      ],
      attributes: { 'component-type': ['wheelset'], material: [material], 'wheel-size': [wheel], 'rim-depth': [`${depth} mm`] },
      options: [{ name: 'set', values: ['Wheelset', 'Front wheel', 'Rear wheel'], factors: [1, 0.45, 0.6] }],
      basePrice: priceBetween(rng, 349, 2399, material === 'carbon' ? 0.55 + depth / 200 : 0.1),
      weightGrams: rng.int(1350, 1950),
      image: 'wheel',
      stock: [1, 10],
    };
  },
};

const brakes: ProductTemplate = {
  category: 'components/brakes',
  count: 11,
  brands: ['haltwell'],
  build: ({ rng, brand }): ProductDraft => {
    const kind = rng.pick(['brake', 'rotor', 'pads']);
    const model = rng.pick(['Anchor', 'Clamp', 'Halt', 'Grip']);
    if (kind === 'rotor') {
      return {
        title: `${brand.name} ${model} Centerlock Disc Rotor`,
        sentences: ['A two-piece rotor with an aluminium spider and a stainless braking track that sheds heat fast.', 'Runs quiet with both resin and sintered pads.'],
        attributes: { 'component-type': ['rotor'], 'brake-type': ['hydraulic-disc'], material: ['steel'] },
        options: [{ name: 'diameter', values: ['140 mm', '160 mm', '180 mm', '203 mm'], factors: [1, 1.05, 1.12, 1.2] }],
        basePrice: priceBetween(rng, 29, 69, rng.next()),
        weightGrams: rng.int(100, 180),
        image: 'brake',
        stock: [4, 40],
      };
    }
    if (kind === 'pads') {
      return {
        title: `${brand.name} ${model} Disc Brake Pads`,
        sentences: ['Replacement pads for our disc brakes with a steel back plate and a retaining spring.', 'Resin pads are quiet and bite quickly; sintered pads last longer in wet and muddy conditions.'],
        attributes: { 'component-type': ['brake-pads'], 'brake-type': ['hydraulic-disc'] },
        options: [{ name: 'compound', values: ['Resin', 'Sintered'], factors: [1, 1.15] }],
        basePrice: priceBetween(rng, 14, 29, rng.next()),
        weightGrams: 40,
        image: 'brake',
        stock: [10, 90],
      };
    }
    const pistons = rng.pick([2, 4]);
    return {
      title: `${brand.name} ${model} ${pistons}-Piston Hydraulic Disc Brake`,
      sentences: [
        `A ${pistons}-piston hydraulic disc brake with mineral oil, tool-free reach adjustment and a light, progressive lever feel.`,
        pistons === 4 ? 'Built for long descents and heavy e-bikes, where heat management matters most.' : 'Light enough for cross-country and gravel, powerful enough for a wet Alpine descent.',
        'Sold per wheel, pre-bled, with hose long enough for large frames.',
      ],
      attributes: { 'component-type': ['disc-brake'], 'brake-type': ['hydraulic-disc'], pistons: [`${pistons}`] },
      options: [{ name: 'side', values: ['Front', 'Rear'], factors: [1, 1.04] }],
      basePrice: priceBetween(rng, 89, 229, pistons === 4 ? 0.7 : 0.25),
      weightGrams: rng.int(240, 380),
      image: 'brake',
      stock: [2, 25],
    };
  },
};

const cockpit: ProductTemplate = {
  category: 'components/cockpit',
  count: 13,
  brands: ['cadence-forge', 'grimpeur-works'],
  build: ({ rng, brand }): ProductDraft => {
    const kind = rng.pick(['bar', 'stem', 'tape', 'grips']);
    const line = rng.pick(lines);
    if (kind === 'bar') {
      const material = rng.pick(['carbon', 'aluminium']);
      const flare = rng.pick(['Compact', 'Flared Gravel', 'Aero']);
      return {
        title: `${brand.name} ${line} ${flare} ${material === 'carbon' ? 'Carbon' : 'Alloy'} Handlebar`,
        sentences: [
          `A ${flare.toLowerCase()} drop handlebar in ${material}, with a short reach and shallow drop that most riders find comfortable.`,
          'Internal routing channels keep hoses and cables neat under the tape.',
          'Widths are measured centre to centre at the hoods.',
        ],
        attributes: { 'component-type': ['handlebar'], material: [material] },
        options: [{ name: 'width', values: ['38 cm', '40 cm', '42 cm', '44 cm'] }],
        basePrice: priceBetween(rng, 39, 329, material === 'carbon' ? 0.75 : 0.15),
        weightGrams: rng.int(190, 320),
        image: 'handlebar',
        stock: [2, 20],
      };
    }
    if (kind === 'stem') {
      return {
        title: `${brand.name} ${line} Forged Alloy Stem`,
        sentences: ['A forged and CNC-machined aluminium stem with a −6° angle and a four-bolt faceplate.', 'Titanium bolts and laser-etched markings make fitting and centring the bar easy.'],
        attributes: { 'component-type': ['stem'], material: ['aluminium'] },
        options: [{ name: 'length', values: ['80 mm', '90 mm', '100 mm', '110 mm', '120 mm'] }],
        basePrice: priceBetween(rng, 34, 119, rng.next()),
        weightGrams: rng.int(110, 160),
        image: 'handlebar',
        stock: [3, 25],
      };
    }
    const isTape = kind === 'tape';
    return {
      title: `${brand.name} ${line} ${isTape ? 'Gel Bar Tape' : 'Lock-On Grips'}`,
      sentences: isTape
        ? ['A 3 mm tacky bar tape with a gel backing that damps road buzz without feeling vague.', 'Includes bar-end plugs and finishing tape.']
        : ['Single-clamp lock-on grips with a soft compound and a flange-free profile.', 'Diamond pattern for grip in the wet, smooth palm area for comfort.'],
      attributes: { 'component-type': [isTape ? 'bar-tape' : 'grips'] },
      options: [{ name: 'colour', values: rng.sample(kitColours, rng.int(2, 4)) }],
      basePrice: priceBetween(rng, 17, 39, rng.next()),
      weightGrams: rng.int(80, 140),
      image: 'handlebar',
      stock: [5, 60],
    };
  },
};

export const componentTemplates: ProductTemplate[] = [drivetrain, wheels, brakes, cockpit];
