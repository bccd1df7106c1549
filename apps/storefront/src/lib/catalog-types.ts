// The shapes the storefront renders, taken from the API's router type so they never drift.
import type { AppRouter, inferRouterOutputs } from '@tandem/api';
import type { ListingState } from './listing-state.ts';

type Outputs = inferRouterOutputs<AppRouter>;

export type CatalogPage = Outputs['catalog']['list'];
export type CatalogFacets = NonNullable<CatalogPage['facets']>;
export type FacetValue = CatalogFacets['brands'][number];
export type ProductCard = CatalogPage['items'][number];
export type ProductDetail = Outputs['catalog']['bySlug'];
export type Variant = ProductDetail['variants'][number];
export type CategoryNode = Outputs['catalog']['categories'][number];
export type Money = ProductCard['price']['min'];

/** A sub-category in a listing's filters, with how many products match there. */
export interface SubcategoryLink {
  name: string;
  path: string;
  count: number;
}

/** Everything a listing page (all products or one category) renders. */
export interface ListingData {
  state: ListingState;
  /** Parts of the URL query that were ignored, one readable sentence each. */
  errors: string[];
  page: CatalogPage;
  subcategories: SubcategoryLink[];
}

export type RecommendedProduct = Outputs['recommendations']['forYou'][number];
/** A product card of "often bought together", "similar", the cart or an order, with why it is shown. */
export type RecommendedCard = Outputs['recommendations']['forCart'][number];
