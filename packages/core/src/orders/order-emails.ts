// The e-mails an order sends its shopper: the confirmation when it is placed, the payment
// receipt when it is paid, the shipping notice with the tracking link, each refund and the
// cancellation. The one home of their wording (and of how their money reads); queued through
// notifications, in the caller's transaction. Staff can send the confirmation and the shipping
// notice again.
import type { Prisma } from '@tandem/db';
import { defineEmailTemplate, queueEmail } from '../notifications/index.ts';
import { escapeHtml, toDecimalString, withoutTrailingSlash } from '../shared/index.ts';
import type { Shipment } from './types.ts';

type Tx = Prisma.TransactionClient;

/** The storefront's page of the shopper's orders, linked from the shipping e-mail. */
export function ordersPageUrl(storefrontUrl: string): string {
  return `${withoutTrailingSlash(storefrontUrl)}/account/orders`;
}

/** "12.50 EUR": the amount with its currency's own decimals (none for JPY), then the code. */
function formatted(amount: number, currency: string): string {
  return `${toDecimalString({ amount, currency })} ${currency}`;
}

/** `orderUrl`: a guest order's own page (a link with an expiring token); absent for an account's order. */
export const orderConfirmationEmail = defineEmailTemplate('order_confirmation', (order: { number: string; totalAmount: number; currency: string; orderUrl?: string | null }) => ({
  subject: `Order ${order.number} confirmed`,
  text: `Thank you for your order ${order.number}. Total: ${formatted(order.totalAmount, order.currency)}.${order.orderUrl ? `\nSee your order (this link works for 30 days): ${order.orderUrl}` : ''}`,
}));

export const paymentReceivedEmail = defineEmailTemplate('payment_received', (order: { number: string }) => ({
  subject: `Payment received for order ${order.number}`,
  text: `We received your payment for order ${order.number}. We will let you know when it ships.`,
}));

export const orderShippedEmail = defineEmailTemplate('order_shipped', (d: { number: string; shipment: Shipment; ordersUrl: string }) => {
  const { shipment } = d;
  const tracking = shipment.trackingUrl ? `Track it here: ${shipment.trackingUrl}` : `Tracking number: ${shipment.trackingNumber}`;
  return {
    subject: `Order ${d.number} is on its way`,
    text: `Your order ${d.number} has shipped with ${shipment.carrier} (tracking number ${shipment.trackingNumber}).\n${tracking}\nYour orders: ${d.ordersUrl}`,
  };
});

/** What the refund e-mail says: this refund, the total refunded so far, and whether that is all of it. */
export interface RefundEmailData {
  number: string;
  currency: string;
  amount: number;
  refundedTotal: number;
  orderTotal: number;
}

export const orderRefundedEmail = defineEmailTemplate('order_refunded', (d: RefundEmailData) => {
  const full = d.refundedTotal >= d.orderTotal;
  const amount = formatted(d.amount, d.currency);
  const sofar = full
    ? `Your order ${d.number} is now refunded in full (${formatted(d.refundedTotal, d.currency)}).`
    : `This is a partial refund: ${formatted(d.refundedTotal, d.currency)} of ${formatted(d.orderTotal, d.currency)} refunded so far.`;
  const lines = [`We refunded ${amount} for your order ${d.number}.`, sofar, 'It goes back to the means of payment you used; your bank may take a few days to show it.'];
  return {
    subject: `${full ? 'Refund' : 'Partial refund'} of ${amount} for order ${d.number}`,
    text: lines.join('\n'),
    html: paragraphs(lines),
  };
});

export const orderCancelledEmail = defineEmailTemplate('order_cancelled', (d: { number: string; reason: string; ordersUrl: string }) => {
  const lines = [`Your order ${d.number} has been cancelled.`, `Why: ${d.reason}`, `Your orders: ${d.ordersUrl}`];
  return { subject: `Order ${d.number} cancelled`, text: lines.join('\n'), html: paragraphs(lines) };
});

/** The HTML part of a short e-mail: one escaped paragraph per line of its text. */
function paragraphs(lines: readonly string[]): string {
  const body = lines.map((line) => `<p style="font:15px/1.5 sans-serif;color:#1a1a1a">${escapeHtml(line)}</p>`).join('\n');
  return `<!doctype html><html lang="en"><body style="margin:0;padding:24px;background:#fff">\n${body}\n</body></html>`;
}

/** Queues the order confirmation (again, when staff re-send it). */
export async function queueConfirmationEmail(tx: Tx, order: { email: string; number: string; totalAmount: number; currency: string }): Promise<void> {
  await queueEmail(tx, orderConfirmationEmail, order.email, order);
}

/** Queues the shipping notice with the tracking link (again, when staff re-send it). */
export async function queueShippingEmail(tx: Tx, order: { email: string; number: string }, shipment: Shipment, ordersUrl: string): Promise<void> {
  await queueEmail(tx, orderShippedEmail, order.email, { number: order.number, shipment, ordersUrl });
}
