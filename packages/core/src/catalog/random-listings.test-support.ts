// A small random catalog and random listings over it, for tests that prove two ways of
// answering a listing give the same result (facet-index.db.test.ts, listing-items.db.test.ts).
import type { PrismaClient } from '@tandem/db';
import { makeBrand, makeCategory, makeProduct } from '@tandem/db/testing';
import type { CatalogListInput as ListInput } from '@tandem/validators';

/** A small deterministic generator (mulberry32), so a failure can be replayed. */
export function random(seed: number) {
  let a = seed;
  const next = () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const some = <T>(items: readonly T[]): T[] => items.filter(() => next() < 0.35);
  return { next, pick, some };
}

const COLOURS = ['black', 'red', 'green', 'blue'];
const MATERIALS = ['carbon', 'aluminium', 'steel'];
const SIZES = ['S', 'M', 'L'];

/** Four categories (two nested), three brands and 60 products of random brand, status, stock, price, currency and attributes. */
export async function seedRandomCatalog(p: PrismaClient): Promise<void> {
  const r = random(7);
  const bikes = await makeCategory(p, 'bikes');
  const road = await makeCategory(p, 'road', bikes);
  const gravel = await makeCategory(p, 'gravel', bikes);
  const parts = await makeCategory(p, 'parts');
  const categories = [bikes, road, gravel, parts];
  const brands = [await makeBrand(p, 'velora'), await makeBrand(p, 'grimpeur'), await makeBrand(p, 'ardent')];
  for (let i = 0; i < 60; i++) {
    await makeProduct(p, {
      slug: `product-${i}`,
      categoryId: r.pick(categories).id,
      brandId: r.next() < 0.2 ? undefined : r.pick(brands).id,
      status: r.next() < 0.15 ? r.pick(['DRAFT', 'ARCHIVED'] as const) : 'ACTIVE',
      attributes: { colour: r.some(COLOURS), 'frame-material': r.some(MATERIALS), size: r.some(SIZES) },
      variants: [{ priceAmount: 1_000 + Math.floor(r.next() * 300) * 100, stockOnHand: r.next() < 0.4 ? 0 : 3, currency: r.next() < 0.1 ? 'USD' : 'EUR' }],
    });
  }
}

/** A random mix of the listing's filters, some matching nothing; the same seed gives the same listing. */
export function randomQuery(seed: number): ListInput {
  const r = random(seed);
  const query: ListInput = { withFacets: true };
  if (r.next() < 0.4) query.category = r.pick(['bikes', 'road', 'gravel', 'parts']);
  if (r.next() < 0.4) query.brands = r.some(['velora', 'grimpeur', 'ardent', 'no-such-brand']);
  if (r.next() < 0.3) query.minPrice = 5_000 + Math.floor(r.next() * 10_000);
  if (r.next() < 0.3) query.maxPrice = 15_000 + Math.floor(r.next() * 20_000);
  if (r.next() < 0.3) query.inStock = true;
  if (r.next() < 0.3) query.currency = 'USD';
  const attributes: Record<string, string[]> = {};
  if (r.next() < 0.4) attributes.colour = [r.pick(COLOURS)];
  if (r.next() < 0.3) attributes['frame-material'] = r.some(MATERIALS).concat(r.pick(MATERIALS));
  if (Object.keys(attributes).length) query.attributes = attributes;
  return query;
}

