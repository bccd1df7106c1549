import type { ConfigurationSnapshot } from '../configurator/index.ts';
import type { PriceStep } from '../pricing/index.ts';
import type { OrderStatus, PaymentState, ReturnStatus } from '@tandem/db';
import type { Money } from '../shared/index.ts';
import type { HowToPay } from './payment-instructions.ts';
import type { PickupLocation } from './pickup-location.ts';

/**
 * What one line of an order is about: the item bought, as the checkout quotes it, the order
 * records it and the shopper reads it. The one home of the line's shape; a quote line, a
 * recorded line and a line view each add their amounts to it.
 */
export interface OrderLineItem {
  sku: string;
  productTitle: string;
  variantTitle: string;
  optionValues: Record<string, string>;
  quantity: number;
  /** A configured line's snapshot as it was priced; null for a plain variant. */
  configuration: ConfigurationSnapshot | null;
}

export interface OrderLineView extends OrderLineItem {
  /** The line's id, which a return names. */
  id: string;
  unitPrice: Money;
  lineTotal: Money;
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
  /** What the shopper does to pay (bank details and reference, pickup address); null when no method was chosen. */
  howToPay: HowToPay | null;
  /** Collect in store: where and when to collect; null when the order is delivered. */
  pickup: PickupLocation | null;
  timeline: { type: string; at: string }[];
  /** How it shipped (carrier, tracking number and link); null before it ships. */
  shipment: (Shipment & { fulfilledAt: string }) | null;
  /** Each refund, oldest first. */
  refunds: { amount: Money; at: string }[];
  /** The shopper's return requests, oldest first. */
  returns: ReturnView[];
  /** Whether the shopper may still cancel it: unpaid, or paid and not shipped. */
  canCancel: boolean;
}

/** One return request of an order, as the shopper and staff read it. */
export interface ReturnView {
  id: string;
  status: ReturnStatus;
  /** The reason's code and its words. */
  reason: string;
  reasonText: string;
  note: string | null;
  /** Staff's reason, when they rejected it. */
  rejectionReason: string | null;
  requestedAt: string;
  /** When it last moved. */
  updatedAt: string;
  lines: { lineId: string; sku: string; title: string; quantity: number; restock: boolean }[];
  /** What was (or is being) refunded for it; null before staff refund it. */
  refund: Money | null;
  refundsShipping: boolean;
}

/** How an order was shipped, as the fulfilment recorded it. */
export type Shipment = {
  carrier: string;
  trackingNumber: string;
  trackingUrl: string | null;
};
