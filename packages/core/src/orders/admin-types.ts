import type { OrderStatus, PaymentState } from '@tandem/db';
import type { Money } from '../shared/index.ts';
import type { OrderView } from './types.ts';

export interface AdminOrderListItem {
  id: string;
  number: string;
  status: OrderStatus;
  email: string;
  customerName: string;
  placedAt: string;
  total: Money;
  refunded: Money;
  /** The state of the order's latest payment; null when none was started. */
  paymentState: PaymentState | null;
  lineCount: number;
}

export interface AdminOrderPage {
  items: AdminOrderListItem[];
  total: number;
  page: number;
  pages: number;
}

/** An order as staff see it: the shopper's view plus customer, every payment and event details. */
export interface AdminOrderView extends Omit<OrderView, 'payment' | 'timeline' | 'canCancel'> {
  /** Null for a guest order (placed without an account). */
  customer: { id: string; name: string; email: string } | null;
  payments: { provider: string; providerRef: string; state: PaymentState; amount: Money; refunded: Money; createdAt: string }[];
  timeline: { type: string; at: string; data: Record<string, unknown> }[];
  deliveredAt: string | null;
  /** What can be done next, from the state machine and the amounts. */
  can: { fulfil: boolean; deliver: boolean; cancel: boolean; refund: boolean; markPaid: boolean; readyForPickup: boolean; collected: boolean };
  /** Minor units still refundable. */
  refundable: number;
}
