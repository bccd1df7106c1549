// Product templates for Nutrition: energy bars, gels and drink mixes, sold by flavour and pack.
import { priceBetween, type OptionAxis, type ProductDraft, type ProductTemplate } from '../template-types.ts';
import type { Random } from '../random.ts';

const barFlavours = ['Oat & Honey', 'Dark Chocolate', 'Salted Peanut', 'Apricot & Almond', 'Banana Bread', 'Cherry & Cocoa', 'Lemon Cake'];
const gelFlavours = ['Orange', 'Lemon & Lime', 'Berry', 'Cola', 'Tropical', 'Salted Caramel', 'Neutral'];
const drinkFlavours = ['Citrus', 'Red Berries', 'Watermelon', 'Grapefruit', 'Unflavoured'];

function flavourAxis(rng: Random, pool: string[]): OptionAxis {
  return { name: 'flavour', values: rng.sample(pool, rng.int(2, 4)) };
}

function slugs(values: string[]): string[] {
  return values.map((value) => value.toLowerCase().replace(/&/g, 'and').replace(/[^a-z0-9]+/g, '-'));
}

const bars: ProductTemplate = {
  category: 'nutrition/bars',
  count: 12,
  brands: ['col-kitchen', 'fuelwell'],
  build: ({ rng, brand }): ProductDraft => {
    const kind = rng.pick(['Oat Energy Bar', 'Rice Cake Bar', 'Protein Recovery Bar', 'Chewy Fruit Bar']);
    const line = rng.pick(['Summit', 'Breakaway', 'Long Ride', 'Domestique', 'Base Camp']);
    const grams = rng.pick([40, 50, 55, 60]);
    const carbs = Math.round(grams * (kind.includes('Protein') ? 0.45 : 0.68));
    const flavours = flavourAxis(rng, barFlavours);
    const vegan = rng.chance(0.6);
    return {
      title: `${brand.name} ${line} ${kind} ${grams} g`,
      sentences: [
        `A ${grams} g ${kind.toLowerCase()} with ${carbs} g of carbohydrate, soft enough to eat with gloves on.`,
        kind.includes('Protein') ? 'With 20 g of milk protein it is made for the hour after a hard session.' : 'Baked from oats, fruit and a pinch of salt rather than syrups, so it is easy on the stomach.',
        vegan ? 'Vegan and made without palm oil.' : 'Made in a facility that also handles nuts.',
      ],
      attributes: { flavour: slugs(flavours.values), diet: vegan ? ['vegan'] : ['vegetarian'], 'carbs-per-serving': [`${carbs} g`] },
      options: [flavours, { name: 'pack', values: ['Single', 'Box of 12', 'Box of 24'], factors: [1, 10.5, 19] }],
      basePrice: priceBetween(rng, 1.99, 3.49, rng.next()),
      weightGrams: grams,
      image: 'bar',
      stock: [0, 200],
    };
  },
};

const gels: ProductTemplate = {
  category: 'nutrition/gels',
  count: 12,
  brands: ['fuelwell'],
  build: ({ rng, brand }): ProductDraft => {
    const caffeine = rng.pick([0, 0, 50, 100]);
    const carbs = rng.pick([22, 30, 40, 45]);
    const kind = rng.pick(['Energy Gel', 'Isotonic Gel', 'Dual-Carb Gel', 'Liquid Gel']);
    const flavours = flavourAxis(rng, gelFlavours);
    return {
      title: `${brand.name} ${kind} ${carbs}${caffeine ? ` + ${caffeine} mg Caffeine` : ''}`,
      sentences: [
        `Each sachet delivers ${carbs} g of carbohydrate in a 2:1 mix of maltodextrin and fructose for fast absorption.`,
        kind === 'Isotonic Gel' ? 'Isotonic, so it goes down without water.' : 'Take one every 30 to 45 minutes with a few sips of water.',
        caffeine ? `With ${caffeine} mg of caffeine for the last hour of a race.` : 'Caffeine free.',
        'Batch tested for banned substances.',
      ],
      attributes: { flavour: slugs(flavours.values), caffeine: [caffeine ? 'yes' : 'no'], 'carbs-per-serving': [`${carbs} g`], diet: ['vegan'] },
      options: [flavours, { name: 'pack', values: ['Single', 'Box of 24'], factors: [1, 21] }],
      basePrice: priceBetween(rng, 2.19, 3.79, carbs / 45 + (caffeine ? 0.1 : 0)),
      weightGrams: rng.pick([40, 60, 75]),
      image: 'gel',
      stock: [0, 400],
    };
  },
};

const drinks: ProductTemplate = {
  category: 'nutrition/drinks',
  count: 10,
  brands: ['fuelwell', 'col-kitchen'],
  build: ({ rng, brand }): ProductDraft => {
    const kind = rng.pick(['Hydration Tabs', 'Carb Drink Mix', 'Electrolyte Drink Mix', 'Recovery Shake']);
    const isTabs = kind === 'Hydration Tabs';
    const flavours = flavourAxis(rng, drinkFlavours);
    return {
      title: `${brand.name} ${kind}${kind === 'Carb Drink Mix' ? ` ${rng.pick([60, 80, 90])}` : ''}`,
      sentences: [
        isTabs ? 'Effervescent tablets with sodium, potassium and magnesium; one tab makes a 500 ml bottle.' : `A ${kind.toLowerCase()} that dissolves cleanly in cold water and does not clog bottle valves.`,
        kind === 'Recovery Shake' ? 'A 3:1 ratio of carbohydrate to protein helps refuel in the 30 minutes after training.' : 'A light flavour you will not tire of on a five-hour ride.',
        'Free from artificial colours.',
      ],
      attributes: { flavour: slugs(flavours.values), diet: ['vegan'], 'drink-type': [kind.toLowerCase().replace(/ /g, '-')] },
      options: [flavours, isTabs ? { name: 'pack', values: ['Tube of 20', '3 tubes'], factors: [1, 2.7] } : { name: 'pack', values: ['500 g', '1 kg'], factors: [1, 1.8] }],
      basePrice: isTabs ? priceBetween(rng, 7.49, 9.99, rng.next()) : priceBetween(rng, 17.99, 32.99, rng.next()),
      weightGrams: isTabs ? 90 : 500,
      image: 'bottle',
      stock: [0, 120],
    };
  },
};

export const nutritionTemplates: ProductTemplate[] = [bars, gels, drinks];
