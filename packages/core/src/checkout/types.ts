import type { AddressView } from '../accounts/index.ts';
import type { ConfigurationSnapshot } from '../configurator/types.ts';
import type { Money } from '../shared/money.ts';
import type { ShippingOption } from './shipping-rates.ts';

/** Where an order goes (a saved address's fields); stored on the order as a snapshot. */
export type ShippingAddress = Omit<AddressView, 'id' | 'isDefault'>;

export interface QuoteLine {
  variantId: string;
  sku: string;
  productTitle: string;
  variantTitle: string;
  optionValues: Record<string, string>;
  quantity: number;
  unitPrice: Money;
  lineTotal: Money;
  tax: Money;
  weightGrams: number;
  /** A configured line's snapshot, re-validated and re-priced for this quote; null otherwise. */
  configuration: ConfigurationSnapshot | null;
}

/** Everything the shopper is about to pay, computed on the server from the catalog and settings. */
export interface CheckoutQuote {
  currency: string;
  pricesIncludeTax: boolean;
  lines: QuoteLine[];
  subtotal: Money;
  shippingOptions: ShippingOption[];
  /** The chosen (or cheapest) shipping option; null when nothing can ship there. */
  shipping: ShippingOption | null;
  taxRateBps: number;
  tax: Money;
  total: Money;
}
