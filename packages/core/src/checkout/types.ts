import type { Money } from '../shared/money.ts';
import type { ShippingOption } from './shipping-rates.ts';

/** Where an order goes; stored on the order as a snapshot. */
export interface ShippingAddress {
  name: string;
  line1: string;
  line2: string;
  postalCode: string;
  city: string;
  region: string;
  /** ISO 3166-1 alpha-2 */
  country: string;
  phone: string;
}

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
