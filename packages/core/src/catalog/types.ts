// What the catalog context returns. Plain data, safe to serialise to any client.
import type { Money } from '../shared/index.ts';

export interface ImageView {
  url: string;
  alt: string;
  width: number;
  height: number;
}

export interface BrandRef {
  slug: string;
  name: string;
}

export interface CategoryRef {
  slug: string;
  name: string;
  path: string;
}

/** A product as shown in listings. */
export interface ProductCard {
  id: string;
  slug: string;
  title: string;
  brand: BrandRef | null;
  category: CategoryRef;
  /**
   * The lowest and highest variant prices ("from €1,299"). For a configurable product both are
   * its cheapest valid build, the lowest price a shopper can actually pay for it.
   */
  price: { min: Money; max: Money };
  /** Built to order in the configurator: the price is a "from" price, shown with that word. */
  configurable: boolean;
  /** The regular price of the cheapest variant when it is on sale, else null. */
  compareAt: Money | null;
  inStock: boolean;
  image: ImageView | null;
  createdAt: string;
}

export interface FacetValue {
  value: string;
  label: string;
  count: number;
  selected: boolean;
}

export interface CatalogFacets {
  /** Sub-categories of the selected category (or the roots), with counts under the other filters. */
  categories: FacetValue[];
  brands: FacetValue[];
  attributes: { name: string; values: FacetValue[] }[];
  /** The price span of the products matching the other filters, or null when none do. */
  price: { min: Money; max: Money } | null;
  /** How many products matching the other filters are in stock. */
  inStockCount: number;
}

export interface CatalogPage {
  items: ProductCard[];
  /** Pass back as `cursor` for the next page; null on the last page. */
  nextCursor: string | null;
  /** How many products match the filters, across all pages. */
  total: number;
  facets: CatalogFacets | null;
}

export type StockStatus = 'in_stock' | 'low_stock' | 'out_of_stock';

export interface VariantView {
  id: string;
  sku: string;
  title: string;
  optionValues: Record<string, string>;
  price: Money;
  compareAt: Money | null;
  stock: { status: StockStatus; quantity: number };
  /** Trade item number and manufacturer part number, for structured data and feeds. */
  gtin: string | null;
  mpn: string | null;
  /** The product image that shows this variant (its colour, say); null when there is none. */
  image: ImageView | null;
}

export interface ProductDetail extends ProductCard {
  description: string;
  images: ImageView[];
  attributes: { name: string; values: string[] }[];
  /** The option names and values the variants are told apart by, in variant order. */
  options: { name: string; values: string[] }[];
  variants: VariantView[];
  /** Category ancestors from the root to the product's own category. */
  breadcrumbs: CategoryRef[];
}

export interface CategoryNode extends CategoryRef {
  id: string;
  description: string;
  featured: boolean;
  depth: number;
  /** Active products in this category and all of its sub-categories. */
  productCount: number;
  children: CategoryNode[];
}
