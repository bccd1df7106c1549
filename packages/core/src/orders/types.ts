import type { ConfigurationSnapshot } from '../configurator/types.ts';
import type { PriceStep } from '../pricing/index.ts';
import type { OrderStatus, PaymentState } from '@tandem/db';
import type { Money } from '../shared/index.ts';

export interface OrderLineView {
  sku: string;
  productTitle: string;
  variantTitle: string;
  optionValues: Record<string, string>;
  quantity: number;
  unitPrice: Money;
  lineTotal: Money;
  /** A configured line's snapshot as it was priced when the order was placed. */
  configuration: ConfigurationSnapshot | null;
  /** How the line's price was made up when the order was placed. */
  explanation: PriceStep[];
}

export interface OrderView {
  id: string;
  number: string;
  status: OrderStatus;
  refund: 'none' | 'partial' | 'full';
  email: string;
  placedAt: string;
  pricesIncludeTax: boolean;
  subtotal: Money;
  /** Promotions taken off the goods (already in the line totals). */
  discount: Money;
  shipping: Money;
  tax: Money;
  total: Money;
  refunded: Money;
  shippingMethod: string;
  shippingAddress: Record<string, string>;
  reservationExpiresAt: string;
  lines: OrderLineView[];
  payment: { provider: string; state: PaymentState; clientSecret: string | null } | null;
  timeline: { type: string; at: string }[];
}
