// The e-mails an order sends its shopper: the confirmation when it is placed, the payment
// receipt when it is paid, the shipping notice with the tracking link, each refund and the
// cancellation. The one home of their wording (and of how their money reads); queued through
// notifications, in the caller's transaction. Staff can send the confirmation and the shipping
// notice again.
import type { Prisma } from '@tandem/db';
import { block, composeEmail, defineEmailTemplate, queueEmail, type EmailAttachmentRef, type RenderedEmail } from '../notifications/index.ts';
import { withoutTrailingSlash } from '../shared/index.ts';
import { formatted, orderConfirmationEmail } from './order-confirmation-email.ts';
import { orderEmailDetails } from './order-email-details.ts';
import type { Shipment } from './types.ts';

type Tx = Prisma.TransactionClient;

/** The storefront's page of the shopper's orders, linked from the shipping e-mail. */
export function ordersPageUrl(storefrontUrl: string): string {
  return `${withoutTrailingSlash(storefrontUrl)}/account/orders`;
}

export { orderConfirmationEmail, type OrderConfirmationData } from './order-confirmation-email.ts';

/** The invoice a payment-received e-mail points to: its printed number and where to download it. */
export interface InvoiceLink {
  number: string;
  url: string;
}

/** The e-mail with `document` attached, or as it is without one. */
export function withDocument(email: RenderedEmail, document: EmailAttachmentRef | undefined): RenderedEmail {
  if (!document) return email;
  return { ...email, attachments: [document] };
}

/** The line that tells the shopper a document is attached (`what`: "invoice", "credit note"). */
export function attachedLine(what: string, document: EmailAttachmentRef | undefined) {
  return document ? [block.paragraph(`Your ${what} ${document.filename.replace(/\.pdf$/, '')} is attached as a PDF.`)] : [];
}

export const paymentReceivedEmail = defineEmailTemplate(
  'payment_received',
  (order: { number: string; totalAmount?: number; currency?: string; orderUrl?: string | undefined; invoice?: InvoiceLink | undefined; invoicePdf?: EmailAttachmentRef | undefined }) => {
    const amount = order.totalAmount !== undefined && order.currency ? ` of ${formatted(order.totalAmount, order.currency)}` : '';
    const email = composeEmail(`Payment received for order ${order.number}`, [
      block.paragraph(`We received your payment${amount} for order ${order.number}. We will let you know when it ships.`),
      ...attachedLine('invoice', order.invoicePdf),
      ...(order.invoice ? [block.link(`Your invoice ${order.invoice.number} (PDF, after signing in)`, order.invoice.url)] : []),
      ...(order.orderUrl ? [block.link('Your order', order.orderUrl)] : []),
    ]);
    return withDocument(email, order.invoicePdf);
  },
);

/** Where a signed-in shopper downloads an invoice of their order (the storefront's document route). */
export function invoiceDownloadUrl(storefrontUrl: string, orderId: string, invoiceId: string): string {
  return `${ordersPageUrl(storefrontUrl)}/${encodeURIComponent(orderId)}/documents/invoice/${encodeURIComponent(invoiceId)}`;
}

export const orderReadyForPickupEmail = defineEmailTemplate(
  'order_ready_for_pickup',
  (d: { number: string; location: { address: string; openingHours: string }; orderUrl: string }) =>
    composeEmail(`Order ${d.number} is ready for pickup`, [
      block.paragraph(`Your order ${d.number} is ready. Collect it at:`),
      block.paragraph(d.location.address),
      ...(d.location.openingHours ? [block.facts([{ label: 'Opening hours', value: d.location.openingHours }])] : []),
      block.link('Your order', d.orderUrl),
    ]),
);

export const orderShippedEmail = defineEmailTemplate('order_shipped', (d: { number: string; shipment: Shipment; ordersUrl: string }) => {
  const { shipment } = d;
  return composeEmail(`Order ${d.number} is on its way`, [
    block.paragraph(`Your order ${d.number} has shipped.`),
    block.facts([
      { label: 'Carrier', value: shipment.carrier },
      { label: 'Tracking number', value: shipment.trackingNumber },
    ]),
    ...(shipment.trackingUrl ? [block.link('Track it here', shipment.trackingUrl)] : []),
    block.link('Your orders', d.ordersUrl),
  ]);
});

/** What the refund e-mail says: this refund, the total refunded so far, and whether that is all of it. */
export interface RefundEmailData {
  number: string;
  currency: string;
  amount: number;
  refundedTotal: number;
  orderTotal: number;
  /** The credit note this refund issued (none when the order had no invoice). */
  creditNote?: EmailAttachmentRef | undefined;
}

export const orderRefundedEmail = defineEmailTemplate('order_refunded', (d: RefundEmailData) => {
  const full = d.refundedTotal >= d.orderTotal;
  const amount = formatted(d.amount, d.currency);
  const sofar = full
    ? `Your order ${d.number} is now refunded in full (${formatted(d.refundedTotal, d.currency)}).`
    : `This is a partial refund: ${formatted(d.refundedTotal, d.currency)} of ${formatted(d.orderTotal, d.currency)} refunded so far.`;
  const lines = [`We refunded ${amount} for your order ${d.number}.`, sofar, 'It goes back to the means of payment you used; your bank may take a few days to show it.'];
  const email = composeEmail(`${full ? 'Refund' : 'Partial refund'} of ${amount} for order ${d.number}`, [...lines.map(block.paragraph), ...attachedLine('credit note', d.creditNote)]);
  return withDocument(email, d.creditNote);
});

export const orderCancelledEmail = defineEmailTemplate('order_cancelled', (d: { number: string; reason: string; ordersUrl: string }) => {
  return composeEmail(`Order ${d.number} cancelled`, [block.paragraph(`Your order ${d.number} has been cancelled.`), block.paragraph(`Why: ${d.reason}`), block.link('Your orders', d.ordersUrl)]);
});

/** Queues the order confirmation with its lines and amounts (again, when staff re-send it). */
export async function queueConfirmationEmail(tx: Tx, order: { id: string; email: string; number: string; totalAmount: number; currency: string }): Promise<void> {
  const { email, number, totalAmount, currency } = order;
  await queueEmail(tx, orderConfirmationEmail, email, { number, totalAmount, currency, details: await orderEmailDetails(tx, order.id) });
}

/** Queues the shipping notice with the tracking link (again, when staff re-send it). */
export async function queueShippingEmail(tx: Tx, order: { email: string; number: string }, shipment: Shipment, ordersUrl: string): Promise<void> {
  await queueEmail(tx, orderShippedEmail, order.email, { number: order.number, shipment, ordersUrl });
}
