// Order and payment states in staff's words (timeline events: order-timeline.ts).

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
