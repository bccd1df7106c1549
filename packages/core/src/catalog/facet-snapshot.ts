// The active catalog's facet fields as flat typed arrays, with every brand, category, currency
// and attribute pair replaced by a small integer slot when the snapshot is built. Counting then
// bumps integer-indexed counters instead of hashing strings per product (the string version
// spent 9–17 ms at 10k products on a busy machine on the unfiltered listing; see
// docs/decisions.md, "Catalog reads without repeated work").
import type { CategoryNode } from './types.ts';

/** One active product's facet fields, as read from the database. */
export interface FacetProductRow {
  id: string;
  brandId: string | null;
  categoryId: string;
  minPriceAmount: number;
  currency: string;
  inStock: boolean;
}

/** The active catalog, one slot per product, strings interned. */
export interface FacetSnapshot {
  readonly productIds: readonly string[];
  /** Per product: its brand's index in `brands`, or -1 without a brand. */
  readonly brandSlots: Int32Array;
  readonly brands: readonly { readonly id: string; readonly slug: string; readonly name: string }[];
  /** Per product: its category's index in `categoryIds`. */
  readonly categorySlots: Int32Array;
  readonly categoryIds: readonly string[];
  readonly minPrices: Int32Array;
  /** Per product: its currency's index in `currencies`. */
  readonly currencySlots: Int32Array;
  readonly currencies: readonly string[];
  /** 1 when the product is in stock; replaced as a whole when stock states move. */
  inStock: Uint8Array;
  /** Product i's attribute pairs are `pairSlots[pairStart[i] .. pairStart[i + 1])`, indexes into `pairs`. */
  readonly pairStart: Int32Array;
  readonly pairSlots: Int32Array;
  readonly pairs: readonly (readonly [name: string, value: string])[];
  /** Per pair: its name's index in `attributeNames`. */
  readonly pairNames: Int32Array;
  readonly attributeNames: readonly string[];
  /** The category tree's structure (every `productCount` 0), read with the rest so a listing needs no statement for it. */
  readonly categoryTree: readonly CategoryNode[];
}

/** Hands out dense integer slots to strings, in first-seen order. */
class Interner {
  readonly values: string[] = [];
  private readonly slots = new Map<string, number>();
  slot(value: string): number {
    let slot = this.slots.get(value);
    if (slot === undefined) {
      slot = this.values.length;
      this.values.push(value);
      this.slots.set(value, slot);
    }
    return slot;
  }
}

/**
 * Builds a snapshot from the active products (in slot order), their attribute rows and all
 * brands. Attribute rows of products not in `products` are ignored.
 */
export function buildFacetSnapshot(
  products: readonly FacetProductRow[],
  attributeRows: readonly { productId: string; name: string; value: string }[],
  brands: readonly { id: string; slug: string; name: string }[],
  categoryTree: readonly CategoryNode[],
): FacetSnapshot {
  const slotOf = new Map(products.map((p, i) => [p.id, i]));
  const brandSlot = new Map(brands.map((b, i) => [b.id, i]));
  const categories = new Interner();
  const currencies = new Interner();
  const pairKeys = new Interner();
  const names = new Interner();
  const pairs: [string, string][] = [];
  const pairNameList: number[] = [];

  const byProduct: number[][] = products.map(() => []);
  for (const row of attributeRows) {
    const slot = slotOf.get(row.productId);
    if (slot === undefined) continue;
    // A separator that cannot occur in either part keeps "a|b" + "c" apart from "a" + "b|c".
    const pair = pairKeys.slot(`${row.name}\u0000${row.value}`);
    if (pair === pairs.length) {
      pairs.push([row.name, row.value]);
      pairNameList.push(names.slot(row.name));
    }
    byProduct[slot]!.push(pair);
  }
  const pairStart = new Int32Array(products.length + 1);
  for (let i = 0; i < products.length; i++) pairStart[i + 1] = pairStart[i]! + byProduct[i]!.length;
  const pairSlots = Int32Array.from(byProduct.flat());

  return {
    productIds: products.map((p) => p.id),
    brandSlots: Int32Array.from(products, (p) => (p.brandId === null ? -1 : (brandSlot.get(p.brandId) ?? -1))),
    brands: brands.map(({ id, slug, name }) => ({ id, slug, name })),
    categorySlots: Int32Array.from(products, (p) => categories.slot(p.categoryId)),
    categoryIds: categories.values,
    minPrices: Int32Array.from(products, (p) => p.minPriceAmount),
    currencySlots: Int32Array.from(products, (p) => currencies.slot(p.currency)),
    currencies: currencies.values,
    inStock: Uint8Array.from(products, (p) => (p.inStock ? 1 : 0)),
    pairStart,
    pairSlots,
    pairs,
    pairNames: Int32Array.from(pairNameList),
    attributeNames: names.values,
    categoryTree,
  };
}
