import type { AddressView } from '../accounts/index.ts';
import type { OrderLineItem } from '../orders/index.ts';
import type { Money } from '../shared/index.ts';
import type { PricedCart, PriceStep, PricingOutcome, ShippingOption } from '../pricing/index.ts';

/** Where an order goes (a saved address's fields); stored on the order as a snapshot. */
export type ShippingAddress = Omit<AddressView, 'id' | 'isDefault'>;

/** One line of a quote: the order line's item (its configuration re-validated and re-priced) with its amounts. */
export interface QuoteLine extends OrderLineItem {
  variantId: string;
  /** After price list, tier and configuration; before promotions. */
  unitPrice: Money;
  /** Promotions taken off this line (its share of order-level ones included). */
  discount: Money;
  /** What the line costs: unitPrice × quantity − discount. */
  lineTotal: Money;
  tax: Money;
  weightGrams: number;
  /** How the line's price came about, step by step. */
  explanation: PriceStep[];
}

/** Everything the shopper is about to pay, computed on the server from the catalog and settings. */
export interface CheckoutQuote {
  /**
   * A code the cart kept that does not apply to it as it is now: checkout took it off (so it no
   * longer blocks the order) and the shopper is told which and why. Null otherwise.
   */
  droppedCode: { code: string; reason: string } | null;
  currency: string;
  pricesIncludeTax: boolean;
  lines: QuoteLine[];
  /** Lines before promotions. */
  subtotal: Money;
  /** Goods promotions, already taken off the lines. */
  discount: Money;
  shippingOptions: ShippingOption[];
  /** The chosen (or first) shipping option at its price after promotions; null when nothing can ship there. */
  shipping: PricedCart['shipping'];
  taxRateBps: number;
  tax: Money;
  total: Money;
  /** Which promotions apply, which do not and why, and the entered code's fate. */
  pricing: PricingOutcome;
}
