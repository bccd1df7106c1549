// The e-mails an order sends its shopper: the confirmation when it is placed, the payment
// receipt when it is paid, and the shipping notice with the tracking link. The one home of their
// wording (and of how their money reads); queued through notifications, in the caller's
// transaction. Staff can send the confirmation and the shipping notice again.
import type { Prisma } from '@tandem/db';
import { defineEmailTemplate, queueEmail, wasEmailQueued, type EmailTemplate } from '../notifications/index.ts';
import { toDecimalString, withoutTrailingSlash } from '../shared/index.ts';
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

export const orderConfirmationEmail = defineEmailTemplate('order_confirmation', (order: { number: string; totalAmount: number; currency: string }) => ({
  subject: `Order ${order.number} confirmed`,
  text: `Thank you for your order ${order.number}. Total: ${formatted(order.totalAmount, order.currency)}.`,
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

/** Queues the order confirmation (again, when staff re-send it). */
export async function queueConfirmationEmail(tx: Tx, order: { email: string; number: string; totalAmount: number; currency: string }): Promise<void> {
  await queueEmail(tx, orderConfirmationEmail, order.email, order);
}

/** Queues the shipping notice with the tracking link (again, when staff re-send it). */
export async function queueShippingEmail(tx: Tx, order: { email: string; number: string }, shipment: Shipment, ordersUrl: string): Promise<void> {
  await queueEmail(tx, orderShippedEmail, order.email, { number: order.number, shipment, ordersUrl });
}

/**
 * Queues the e-mail unless this very message (kind and subject, which names the order) was
 * queued to `to` before: what lets an event handler that runs twice send once.
 */
export async function queueEmailOnce<Data>(tx: Tx, template: EmailTemplate<Data>, to: string, data: Data): Promise<void> {
  if (await wasEmailQueued(tx, to, template.kind, template.render(data).subject)) return;
  await queueEmail(tx, template, to, data);
}
