/** A group of products one visitor engaged with together: an order, or a browsing session. */
export interface Basket {
  /** Whose basket: a customer id or an anonymous id. Used to count each visitor once per pair. */
  visitor: string;
  productIds: readonly string[];
  at: Date;
}

export interface ScoredProduct {
  productId: string;
  score: number;
}

/** For each product, its neighbours best first. */
export type NeighbourTable = Map<string, ScoredProduct[]>;

/** What the content recommender knows of a product. */
export interface ProductFeatures {
  productId: string;
  /** Category ids from the root down: a shared parent counts less than the same leaf. */
  categoryPath: readonly string[];
  brandId: string | null;
  /** `key=value` pairs, e.g. `frame-material=carbon`. */
  attributes: readonly string[];
  title: string;
}

export type InteractionKind = 'VIEW' | 'SEARCH' | 'ADD_TO_CART' | 'PURCHASE' | 'CONFIGURATOR' | 'WIDGET_CLICK';

/** One thing a visitor did with a product, as the recommenders read the event log. */
export interface Interaction {
  visitor: string;
  productId: string;
  kind: InteractionKind;
  at: Date;
}
