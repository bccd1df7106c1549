import type { ImageView, StockStatus } from '../catalog/index.ts';
import type { ConfigurationSnapshot } from '../configurator/index.ts';
import type { Money } from '../shared/index.ts';

/** Whose cart: a signed-in customer's, or an anonymous shopper's by the token in their cookie. */
export interface CartOwner {
  customerId?: string | null | undefined;
  cartToken?: string | null | undefined;
}

export interface CartLineView {
  id: string;
  variantId: string;
  sku: string;
  productId: string;
  productSlug: string;
  productTitle: string;
  variantTitle: string;
  optionValues: Record<string, string>;
  image: ImageView | null;
  quantity: number;
  unitPrice: Money;
  lineTotal: Money;
  stock: { status: StockStatus; quantity: number };
  /** Why this line cannot be bought as it is (sold out, fewer left, no longer sold); empty when fine. */
  problems: string[];
  /** A configured line's snapshot (chosen options, price breakdown); null for a plain variant. */
  configuration: ConfigurationSnapshot | null;
}

export interface CartView {
  /** Null while the shopper has no cart yet. */
  id: string | null;
  currency: string;
  lines: CartLineView[];
  itemCount: number;
  /** Goods total at catalog prices; shipping and tax are added at checkout. */
  subtotal: Money;
  /** True when every line can be bought as it is. */
  purchasable: boolean;
}

/** A cart change's result; `cartToken` is set when an anonymous cart was just created. */
export interface CartChange {
  cart: CartView;
  cartToken: string | null;
}
