// Facet counts of a listing computed in memory from a snapshot of the active catalog (see
// facet-index.ts), with exactly the semantics of the SQL in listing-facets.ts: every facet counts
// the products that pass all active filters but its own. One pass over the products: a product
// failing no filter counts everywhere, one failing a single filter counts only in that filter's
// facet, one failing two or more counts nowhere. Counters are typed arrays indexed by the
// snapshot's integer slots (facet-snapshot.ts), so the pass hashes no strings.
import type { CatalogListQuery } from '@tandem/validators';
import type { FacetSnapshot } from './facet-snapshot.ts';
import type { FilterName } from './listing-predicates.ts';

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

/** Flags over a slot table: 1 for the slots whose value is in `wanted`. */
function flagsOf(values: readonly string[], wanted: ReadonlySet<string>): Uint8Array {
  return Uint8Array.from(values, (value) => (wanted.has(value) ? 1 : 0));
}

/** The listing's filters as tests over a snapshot slot, keyed like `listingPredicates`. */
export function filterTests(snapshot: FacetSnapshot, query: CatalogListQuery, categoryIds: readonly string[] | undefined): Map<FilterName, Test> {
  const tests = new Map<FilterName, Test>();
  if (categoryIds) {
    const wanted = flagsOf(snapshot.categoryIds, new Set(categoryIds));
    tests.set('category', (i) => wanted[snapshot.categorySlots[i]!] === 1);
  }
  if (query.brands?.length) {
    const wanted = flagsOf(snapshot.brands.map((b) => b.slug), new Set(query.brands));
    tests.set('brands', (i) => {
      const brand = snapshot.brandSlots[i]!;
      return brand >= 0 && wanted[brand] === 1;
    });
  }
  if (query.minPrice !== undefined || query.maxPrice !== undefined) {
    const min = query.minPrice ?? 0;
    const max = query.maxPrice ?? MAX_INT;
    const currency = snapshot.currencies.indexOf(query.currency);
    tests.set('price', (i) => snapshot.currencySlots[i] === currency && snapshot.minPrices[i]! >= min && snapshot.minPrices[i]! <= max);
  }
  if (query.inStock) tests.set('inStock', (i) => snapshot.inStock[i] === 1);
  for (const [name, values] of Object.entries(query.attributes ?? {})) {
    const wanted = new Set(values);
    const wantedPairs = Uint8Array.from(snapshot.pairs, ([n, v]) => (n === name && wanted.has(v) ? 1 : 0));
    tests.set(`attribute:${name}`, (i) => {
      for (let k = snapshot.pairStart[i]!; k < snapshot.pairStart[i + 1]!; k++) if (wantedPairs[snapshot.pairSlots[k]!] === 1) return true;
      return false;
    });
  }
  return tests;
}

/** Counts every facet of the listing `query` (in category subtree `categoryIds`, if any). */
export function countFacets(snapshot: FacetSnapshot, query: CatalogListQuery, categoryIds: readonly string[] | undefined): RawFacetCounts {
  const named = [...filterTests(snapshot, query, categoryIds)];
  const tests = named.map(([, test]) => test);
  const { brandSlots, categorySlots, currencySlots, minPrices, inStock: stocked, pairStart, pairSlots, pairNames } = snapshot;
  const brandCounts = new Int32Array(snapshot.brands.length);
  const categoryCounts = new Int32Array(snapshot.categoryIds.length);
  const pairCounts = new Int32Array(snapshot.pairs.length);
  // What a product failing only filter f still counts in: that filter's own facet.
  const ownFacet = named.map(([name]) => (name.startsWith('attribute:') ? 'attribute' : name));
  const ownAttribute = named.map(([name]) => (name.startsWith('attribute:') ? snapshot.attributeNames.indexOf(name.slice('attribute:'.length)) : -1));
  const currency = snapshot.currencies.indexOf(query.currency);
  let total = 0;
  let inStock = 0;
  let priceMin = MAX_INT;
  let priceMax = -1;
  const countPrice = (i: number) => {
    if (currencySlots[i] !== currency) return;
    const price = minPrices[i]!;
    if (price < priceMin) priceMin = price;
    if (price > priceMax) priceMax = price;
  };

  for (let i = 0; i < snapshot.productIds.length; i++) {
    let failed = -1;
    let failures = 0;
    for (let t = 0; t < tests.length; t++) {
      if (!tests[t]!(i)) {
        failed = t;
        if (++failures > 1) break;
      }
    }
    if (failures > 1) continue;
    const brand = brandSlots[i]!;
    if (failures === 0) {
      total++;
      if (stocked[i] === 1) inStock++;
      countPrice(i);
      if (brand >= 0) brandCounts[brand]!++;
      categoryCounts[categorySlots[i]!]!++;
      // Unselected attributes count over products passing everything; a selected one over
      // products passing everything but itself, which includes these.
      for (let k = pairStart[i]!; k < pairStart[i + 1]!; k++) pairCounts[pairSlots[k]!]!++;
      continue;
    }
    // Exactly one filter failed: the product counts only in that filter's own facet.
    const facet = ownFacet[failed];
    if (facet === 'brands') {
      if (brand >= 0) brandCounts[brand]!++;
    } else if (facet === 'category') {
      categoryCounts[categorySlots[i]!]!++;
    } else if (facet === 'price') {
      countPrice(i);
    } else if (facet === 'attribute') {
      const name = ownAttribute[failed];
      for (let k = pairStart[i]!; k < pairStart[i + 1]!; k++) if (pairNames[pairSlots[k]!] === name) pairCounts[pairSlots[k]!]!++;
    }
    // A product failing only `inStock` is out of stock: it adds nothing to the in-stock count.
  }

  const brands: RawFacetCounts['brands'] = [];
  brandCounts.forEach((count, slot) => {
    const brand = snapshot.brands[slot]!;
    if (count > 0) brands.push([brand.slug, brand.name, count]);
  });
  const categories: RawFacetCounts['categories'] = [];
  categoryCounts.forEach((count, slot) => {
    if (count > 0) categories.push([snapshot.categoryIds[slot]!, count]);
  });
  const attributes: RawFacetCounts['attributes'] = [];
  pairCounts.forEach((count, slot) => {
    const [name, value] = snapshot.pairs[slot]!;
    if (count > 0) attributes.push([name, value, count]);
  });
  const priced = priceMax >= 0;
  return { total, inStock, priceMin: priced ? priceMin : null, priceMax: priced ? priceMax : null, brands, categories, attributes };
}
