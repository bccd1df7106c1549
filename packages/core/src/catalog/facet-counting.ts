// Facet counts of a listing computed in memory from a snapshot of the active catalog (see
// facet-index.ts), with exactly the semantics of the SQL in listing-facets.ts: every facet counts
// the products that pass all active filters but its own. One pass over the products: a product
// failing no filter counts everywhere, one failing a single filter counts only in that filter's
// facet, one failing two or more counts nowhere.
import type { CatalogListQuery } from '@tandem/validators';
import type { FilterName } from './listing-predicates.ts';

/** The active catalog as flat arrays (one slot per product) plus attribute postings. */
export interface FacetSnapshot {
  readonly productIds: readonly string[];
  readonly brandIds: readonly (string | null)[];
  readonly categoryIds: readonly string[];
  readonly minPrices: Int32Array;
  readonly currencies: readonly string[];
  /** 1 when the product is in stock; replaced as a whole when stock states move. */
  inStock: Uint8Array;
  /** Per product, its attributes as [name, value] pairs. */
  readonly attributes: readonly (readonly (readonly [string, string])[])[];
  /** Brand slug → id, and id → [slug, name]. */
  readonly brandIdBySlug: ReadonlyMap<string, string>;
  readonly brandById: ReadonlyMap<string, readonly [slug: string, name: string]>;
}

/** The same figures the facet SQL returns, before they are shaped for the page. */
export interface RawFacetCounts {
  total: number;
  inStock: number;
  priceMin: number | null;
  priceMax: number | null;
  brands: [slug: string, name: string, count: number][];
  categories: [categoryId: string, count: number][];
  attributes: [name: string, value: string, count: number][];
}

type Test = (i: number) => boolean;

const MAX_INT = 2_147_483_647;

/** The listing's filters as tests over a snapshot slot, keyed like `listingPredicates`. */
export function filterTests(snapshot: FacetSnapshot, query: CatalogListQuery, categoryIds: readonly string[] | undefined): Map<FilterName, Test> {
  const tests = new Map<FilterName, Test>();
  if (categoryIds) {
    const wanted = new Set(categoryIds);
    tests.set('category', (i) => wanted.has(snapshot.categoryIds[i]!));
  }
  if (query.brands?.length) {
    const wanted = new Set(query.brands.map((slug) => snapshot.brandIdBySlug.get(slug)).filter((id): id is string => id !== undefined));
    tests.set('brands', (i) => {
      const brandId = snapshot.brandIds[i];
      return brandId != null && wanted.has(brandId);
    });
  }
  if (query.minPrice !== undefined || query.maxPrice !== undefined) {
    const min = query.minPrice ?? 0;
    const max = query.maxPrice ?? MAX_INT;
    tests.set('price', (i) => snapshot.currencies[i] === query.currency && snapshot.minPrices[i]! >= min && snapshot.minPrices[i]! <= max);
  }
  if (query.inStock) tests.set('inStock', (i) => snapshot.inStock[i] === 1);
  for (const [name, values] of Object.entries(query.attributes ?? {})) {
    const wanted = new Set(values);
    tests.set(`attribute:${name}`, (i) => snapshot.attributes[i]!.some(([n, v]) => n === name && wanted.has(v)));
  }
  return tests;
}

/** Counts every facet of the listing `query` (in category subtree `categoryIds`, if any). */
export function countFacets(snapshot: FacetSnapshot, query: CatalogListQuery, categoryIds: readonly string[] | undefined): RawFacetCounts {
  const tests = [...filterTests(snapshot, query, categoryIds)];
  const brandCounts = new Map<string, number>();
  const categoryCounts = new Map<string, number>();
  const attributeCounts = new Map<string, Map<string, number>>();
  const bump = <K>(map: Map<K, number>, key: K) => map.set(key, (map.get(key) ?? 0) + 1);
  const bumpAttribute = (name: string, value: string) => {
    let values = attributeCounts.get(name);
    if (!values) attributeCounts.set(name, (values = new Map()));
    bump(values, value);
  };
  let total = 0;
  let inStock = 0;
  let priceMin: number | null = null;
  let priceMax: number | null = null;
  const countPrice = (i: number) => {
    if (snapshot.currencies[i] !== query.currency) return;
    const price = snapshot.minPrices[i]!;
    if (priceMin === null || price < priceMin) priceMin = price;
    if (priceMax === null || price > priceMax) priceMax = price;
  };

  for (let i = 0; i < snapshot.productIds.length; i++) {
    let failed: FilterName | null = null;
    let failures = 0;
    for (const [name, test] of tests) {
      if (!test(i)) {
        failed = name;
        if (++failures > 1) break;
      }
    }
    if (failures > 1) continue;
    const brandId = snapshot.brandIds[i];
    if (failures === 0) {
      total++;
      if (snapshot.inStock[i] === 1) inStock++;
      countPrice(i);
      if (brandId != null) bump(brandCounts, brandId);
      bump(categoryCounts, snapshot.categoryIds[i]!);
      // Unselected attributes count over products passing everything; a selected one over
      // products passing everything but itself, which includes these.
      for (const [name, value] of snapshot.attributes[i]!) bumpAttribute(name, value);
      continue;
    }
    // Exactly one filter failed: the product counts only in that filter's own facet.
    if (failed === 'brands') {
      if (brandId != null) bump(brandCounts, brandId);
    } else if (failed === 'category') {
      bump(categoryCounts, snapshot.categoryIds[i]!);
    } else if (failed === 'price') {
      countPrice(i);
    } else if (failed !== null && failed.startsWith('attribute:')) {
      const name = failed.slice('attribute:'.length);
      for (const [n, value] of snapshot.attributes[i]!) if (n === name) bumpAttribute(n, value);
    }
    // A product failing only `inStock` is out of stock: it adds nothing to the in-stock count.
  }

  const brands: RawFacetCounts['brands'] = [];
  for (const [id, count] of brandCounts) {
    const brand = snapshot.brandById.get(id);
    if (brand) brands.push([brand[0], brand[1], count]);
  }
  const attributes: RawFacetCounts['attributes'] = [];
  for (const [name, values] of attributeCounts) for (const [value, count] of values) attributes.push([name, value, count]);
  return { total, inStock, priceMin, priceMax, brands, categories: [...categoryCounts], attributes };
}
