// Words for an order's state: status badges, timeline entries and what happens next with the
// payment. Shapes are structural so this module stays free of API imports.
import { formatDateTime } from './dates.ts';
import { humanize } from './labels.ts';
import { formatMoney, type MoneyValue } from './money.ts';

export type OrderStatusCode = 'AWAITING_PAYMENT' | 'PAID' | 'FULFILLED' | 'DELIVERED' | 'CANCELLED';

const STATUS: Record<OrderStatusCode, string> = {
  AWAITING_PAYMENT: 'Awaiting payment',
  PAID: 'Paid',
  FULFILLED: 'Shipped',
  DELIVERED: 'Delivered',
  CANCELLED: 'Cancelled',
};

/** "Awaiting payment", "Shipped"; a refund is added: "Paid · partially refunded". */
export function orderStatusLabel(status: OrderStatusCode, refund: 'none' | 'partial' | 'full' = 'none'): string {
  const label = STATUS[status];
  if (refund === 'full') return `${label} · refunded`;
  return refund === 'partial' ? `${label} · partially refunded` : label;
}

const EVENTS: Record<string, string> = {
  placed: 'Order placed',
  paid: 'Payment received',
  paid_after_cancel: 'Payment received after cancellation (to be refunded)',
  cancelled: 'Order cancelled',
  fulfilled: 'Shipped',
  delivered: 'Delivered',
  refunded: 'Refunded',
  return_requested: 'Return requested',
  return_approved: 'Return approved',
  return_rejected: 'Return not accepted',
  return_received: 'Returned items received',
  return_refunded: 'Return refunded',
};

const RETURN_STATUS: Record<string, string> = {
  REQUESTED: 'Requested — we will reply soon',
  APPROVED: 'Approved — please send the items back',
  REJECTED: 'Not accepted',
  RECEIVED: 'Received — refund on its way',
  REFUNDED: 'Refunded',
};

/** Where a return stands, in the shopper's words. */
export function returnStatusLabel(status: string): string {
  return RETURN_STATUS[status] ?? humanize(status);
}

/** A timeline entry's text; unknown event types read as their humanised name. */
export function timelineLabel(type: string): string {
  return EVENTS[type] ?? humanize(type);
}

export interface PaymentNoteInput {
  status: OrderStatusCode;
  email: string;
  total: MoneyValue;
  reservationExpiresAt: string;
  payment: { provider: string; state: string } | null;
}

/** What the customer should know, or do, about paying for the order. */
export function paymentNote(order: PaymentNoteInput): string {
  switch (order.status) {
    case 'AWAITING_PAYMENT':
      if (order.payment?.provider === 'offline') {
        return (
          `We will e-mail bank transfer instructions for ${formatMoney(order.total)} to ${order.email} and confirm your order ` +
          `as soon as the payment arrives. Your items are reserved until ${formatDateTime(order.reservationExpiresAt)}.`
        );
      }
      return `Your payment of ${formatMoney(order.total)} has not been completed yet. Your items are reserved until ${formatDateTime(order.reservationExpiresAt)}.`;
    case 'PAID':
      return 'We have received your payment and are getting your order ready.';
    case 'FULFILLED':
      return 'Your order is on its way.';
    case 'DELIVERED':
      return 'Your order has been delivered. Enjoy the ride!';
    case 'CANCELLED':
      return 'This order was cancelled. Anything you paid for it will be refunded.';
  }
}
