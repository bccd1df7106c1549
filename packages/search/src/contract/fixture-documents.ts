// The contract suite's catalog: a small cycling shop with accents, synonyms, typo bait, a
// product beaten by another offer, and products without ratings.
import type { SearchDocument, SearchSettings } from '../port.ts';

export const contractSettings: SearchSettings = {
  synonyms: { bike: ['bicycle'], tyre: ['tire'], mtb: ['mountain bike'] },
  stopWords: ['the', 'a', 'for', 'with'],
};

/** What a fixture product needs; `doc` fills in the rest. */
export interface Spec {
  id: string;
  title: string;
  description?: string;
  brand?: [slug: string, name: string];
  category: [path: string, ...names: string[]];
  price: number;
  bestPrice?: number;
  inStock?: boolean;
  rating?: [average: number, count: number];
  attributes?: Record<string, string>;
  createdAt: string;
}

/** A SearchDocument from a short spec (shared with the relevance set). */
export function doc(spec: Spec): SearchDocument {
  const [path, ...names] = spec.category;
  const segments = path.split('/');
  return {
    id: spec.id,
    slug: spec.id,
    title: spec.title,
    description: spec.description ?? `${spec.title}, ready to ride.`,
    brand: spec.brand ? { slug: spec.brand[0], name: spec.brand[1] } : null,
    category: { slug: segments.at(-1)!, name: names.at(-1)!, path },
    categoryPaths: segments.map((_, i) => segments.slice(0, i + 1).join('/')),
    categoryNames: names,
    attributes: Object.entries(spec.attributes ?? {}).map(([name, value]) => ({ name, value })),
    skus: [`${spec.id.toUpperCase()}-1`],
    priceMinAmount: spec.price,
    priceMaxAmount: spec.price,
    compareAtAmount: null,
    currency: 'EUR',
    bestPriceAmount: spec.bestPrice ?? spec.price,
    inStock: spec.inStock ?? true,
    ratingAverage: spec.rating?.[0] ?? null,
    ratingCount: spec.rating?.[1] ?? 0,
    image: null,
    createdAt: spec.createdAt,
  };
}

export const contractDocuments: SearchDocument[] = [
  doc({ id: 'carbon-road', title: 'Carbon Road Bike Aero 105', brand: ['velox', 'Velox'], category: ['bikes/road', 'Bikes', 'Road bikes'], price: 199_900, rating: [4.5, 10], attributes: { material: 'carbon', colour: 'Black' }, createdAt: '2026-01-10T10:00:00.000Z' }),
  doc({ id: 'alu-road', title: 'Aluminium Road Bike Sprint', brand: ['velox', 'Velox'], category: ['bikes/road', 'Bikes', 'Road bikes'], price: 89_900, rating: [4.0, 3], attributes: { material: 'aluminium', colour: 'Red' }, createdAt: '2026-03-01T10:00:00.000Z' }),
  doc({ id: 'trail-mtb', title: 'Trail Mountain Bike 29er', brand: ['montana', 'Montaña'], category: ['bikes/mountain', 'Bikes', 'Mountain bikes'], price: 149_900, inStock: false, attributes: { material: 'aluminium', colour: 'Green' }, createdAt: '2026-02-01T10:00:00.000Z' }),
  doc({ id: 'cafe-racer', title: 'Café Racer City Bicycle', brand: ['urbano', 'Urbano'], category: ['bikes/city', 'Bikes', 'City bikes'], price: 59_900, rating: [3.5, 2], attributes: { colour: 'Black' }, createdAt: '2026-04-01T10:00:00.000Z' }),
  doc({ id: 'gravel-explorer', title: 'Gravel Explorer', description: 'Steel frame for long days on gravel.', brand: ['montana', 'Montaña'], category: ['bikes/gravel', 'Bikes', 'Gravel bikes'], price: 129_900, bestPrice: 49_900, attributes: { material: 'steel' }, createdAt: '2026-05-01T10:00:00.000Z' }),
  doc({ id: 'aero-helmet', title: 'Helmet Aero Pro', brand: ['casco', 'Casco'], category: ['accessories/helmets', 'Accessories', 'Helmets'], price: 12_900, rating: [4.8, 40], attributes: { colour: 'White' }, createdAt: '2026-06-01T10:00:00.000Z' }),
  doc({ id: 'rain-jacket', title: 'Waterproof Rain Jacket', brand: ['urbano', 'Urbano'], category: ['clothing/jackets', 'Clothing', 'Jackets'], price: 8_900, attributes: { colour: 'Yellow' }, createdAt: '2026-07-01T10:00:00.000Z' }),
  doc({ id: 'tough-tyre', title: 'Puncture-proof Tyre 700c', description: 'A tough tyre for any road bike.', brand: ['velox', 'Velox'], category: ['parts/tyres', 'Parts', 'Tyres'], price: 3_900, createdAt: '2026-08-01T10:00:00.000Z' }),
  doc({ id: 'front-light', title: 'LED Front Light', description: 'Bright and rechargeable.', category: ['accessories/lights', 'Accessories', 'Lights'], price: 2_900, inStock: false, createdAt: '2026-09-01T10:00:00.000Z' }),
  doc({ id: 'balance-bike', title: 'Kids Balance Bike', brand: ['urbano', 'Urbano'], category: ['bikes/kids', 'Bikes', 'Kids bikes'], price: 14_900, createdAt: '2026-10-01T10:00:00.000Z' }),
];
