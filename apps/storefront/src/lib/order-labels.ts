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
  ready_for_pickup: 'Ready for pickup',
  collected: 'Collected',
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

/** How the order is paid, as the API's `howToPay` gives it (only the method matters here). */
export type PaymentMethodCode = 'bank_transfer' | 'card' | 'pickup';

export interface PaymentNoteInput {
  status: OrderStatusCode;
  email: string;
  total: MoneyValue;
  reservationExpiresAt: string;
  payment: { provider: string; state: string } | null;
  howToPay: { method: PaymentMethodCode } | null;
}

/** One line of help for a payment method at checkout. */
export function paymentMethodHelp(method: { code: PaymentMethodCode; holdDays?: number; instructions?: string }): string {
  const days = (n = 0) => `${n} ${n === 1 ? 'day' : 'days'}`;
  switch (method.code) {
    case 'card':
      return 'Pay securely by card, or another method Stripe offers you, right after you place the order.';
    case 'bank_transfer':
      return `Transfer the total within ${days(method.holdDays)}: you get our account details and your payment reference at once, and we ship when the money arrives.`;
    case 'pickup':
      return `Collect your order and pay there, within ${days(method.holdDays)}: ${(method.instructions ?? '').split('\n')[0]}.`;
  }
}

export const PAYMENT_METHOD_NAMES: Record<PaymentMethodCode, string> = {
  card: 'Card and other online methods',
  bank_transfer: 'Bank transfer',
  pickup: 'Pay on pickup',
};

/** What the customer should know, or do, about paying for the order: only what the order really offers. */
export function paymentNote(order: PaymentNoteInput): string {
  switch (order.status) {
    case 'AWAITING_PAYMENT': {
      const total = formatMoney(order.total);
      const until = formatDateTime(order.reservationExpiresAt);
      if (order.howToPay?.method === 'bank_transfer') {
        return (
          `Please transfer ${total} by ${until} to the account below, with the payment reference exactly as shown. ` +
          `We sent the same details to ${order.email} and confirm your order as soon as the money arrives.`
        );
      }
      if (order.howToPay?.method === 'pickup') return `You pay ${total} when you collect your order (where and when: below). We keep your items until ${until}.`;
      if (order.payment?.provider === 'offline') return `Your order is waiting for your payment of ${total}; we confirm it as soon as the payment arrives. Your items are reserved until ${until}.`;
      return `Your payment of ${total} has not been completed yet. Your items are reserved until ${until}.`;
    }
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
