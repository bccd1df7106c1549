// Order and payment states, and timeline events, in staff's words.

export const STATUS_LABELS: Record<string, string> = {
  AWAITING_PAYMENT: 'Awaiting payment',
  PAID: 'Paid',
  FULFILLED: 'Shipped',
  DELIVERED: 'Delivered',
  CANCELLED: 'Cancelled',
};

export const PAYMENT_LABELS: Record<string, string> = {
  PENDING: 'Pending',
  REQUIRES_ACTION: 'Needs the shopper',
  PROCESSING: 'Processing',
  AUTHORIZED: 'Authorised (held)',
  SUCCEEDED: 'Succeeded',
  FAILED: 'Failed',
  CANCELED: 'Cancelled',
};

export function eventLabel(type: string): string {
  const text = type.replaceAll('_', ' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}
