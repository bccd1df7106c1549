// The shopper's order e-mails as a subscriber of the order's own events: confirmation when
// placed, receipt when paid (the invoice attached), shipping notice when fulfilled, one e-mail
// per refund (its credit note attached) and one when cancelled. Each runs in its own job, at
// least once: an e-mail is keyed by the event it announces (notifications' `queueEmailOnce`),
// so a second run queues nothing, while two refunds of one order are two events and send two
// e-mails. A refund that pays back a return is that return's refunded step (returns/return-email.ts).
import type { Prisma, PrismaClient } from '@tandem/db';
import { queueEmailOnce } from '../notifications/index.ts';
import { invoiceDownloadUrl, orderCancelledEmail, orderConfirmationEmail, orderReadyForPickupEmail, orderRefundedEmail, orderShippedEmail, ordersPageUrl, paymentReceivedEmail } from './order-emails.ts';
import { documentNumberText } from './invoices/document-counter.ts';
import { documentAttachment } from './invoices/document-attachments.ts';
import { orderEmailDetails } from './order-email-details.ts';
import type { OrderEventSubscriber } from './order-events.ts';
import { guestOrderPageUrl, issueGuestOrderAccess } from './guest-access.ts';
import { queueReturnEmail } from './returns/return-email.ts';

export interface OrderEmailOptions {
  /** Base URL of the storefront, for the orders link in the shipping and cancellation e-mails. */
  storefrontUrl: string;
}

type OrderForEmail = { id: string; email: string; number: string; totalAmount: number; currency: string; customerId: string | null };
type Tx = Prisma.TransactionClient;

/** Runs `send` with the order's e-mail data, in one transaction. */
async function withOrder(prisma: PrismaClient, orderId: string, send: (tx: Tx, order: OrderForEmail) => Promise<unknown>): Promise<void> {
  await prisma.$transaction(async (tx) => {
    const order = await tx.order.findUniqueOrThrow({ where: { id: orderId }, select: { id: true, email: true, number: true, totalAmount: true, currency: true, customerId: true } });
    await send(tx, order);
  });
}

/** The key of the e-mail announcing one event of one order. */
const keyOf = (orderId: string, ...parts: (string | number)[]) => ['order', orderId, ...parts].join(':');

/** The subscriber the composition root registers for the shopper's order e-mails. */
export function orderEmailSubscriber(prisma: PrismaClient, options: OrderEmailOptions): OrderEventSubscriber {
  const ordersUrl = ordersPageUrl(options.storefrontUrl);
  /** A guest has no account page: their e-mails carry their own link to the order. */
  const guestUrl = async (tx: Tx, order: OrderForEmail) => (order.customerId ? undefined : guestOrderPageUrl(options.storefrontUrl, (await issueGuestOrderAccess(tx, order.id, new Date())).token));
  const orderPage = async (tx: Tx, order: OrderForEmail) => (await guestUrl(tx, order)) ?? `${ordersUrl}/${encodeURIComponent(order.id)}`;
  return {
    name: 'order-emails',
    on: {
      placed: (e) =>
        withOrder(prisma, e.orderId, async (tx, order) => {
          const details = await orderEmailDetails(tx, e.orderId);
          return queueEmailOnce(tx, orderConfirmationEmail, order.email, { ...order, details, orderUrl: await guestUrl(tx, order) }, keyOf(e.orderId, 'placed'));
        }),
      paid: (e) =>
        withOrder(prisma, e.orderId, async (tx, order) => {
          // The invoice is issued in the payment's own transaction, so it exists by now: it goes
          // along as a PDF, and an account can also download it from its order page.
          const invoice = await tx.invoice.findUnique({ where: { orderId: e.orderId }, select: { id: true, number: true } });
          const invoicePdf = invoice ? documentAttachment('invoice', invoice) : undefined;
          const invoiceLink = invoice && order.customerId ? { number: documentNumberText('invoice', invoice.number), url: invoiceDownloadUrl(options.storefrontUrl, e.orderId, invoice.id) } : undefined;
          return queueEmailOnce(tx, paymentReceivedEmail, order.email, { ...order, invoice: invoiceLink, invoicePdf, orderUrl: await guestUrl(tx, order) }, keyOf(e.orderId, 'paid'));
        }),
      fulfilled: (e) =>
        withOrder(prisma, e.orderId, (tx, order) =>
          queueEmailOnce(tx, orderShippedEmail, order.email, { number: order.number, shipment: e.shipment, ordersUrl }, keyOf(e.orderId, 'fulfilled')),
        ),
      ready_for_pickup: (e) =>
        withOrder(prisma, e.orderId, async (tx, order) =>
          queueEmailOnce(tx, orderReadyForPickupEmail, order.email, { number: order.number, location: e.location, orderUrl: await orderPage(tx, order) }, keyOf(e.orderId, 'ready_for_pickup')),
        ),
      // The refunded total only grows, so it names this refund among the order's refunds (and its credit note).
      refunded: (e) =>
        withOrder(prisma, e.orderId, async (tx, order) => {
          const note = await tx.creditNote.findUnique({ where: { orderId_refundedTotal: { orderId: e.orderId, refundedTotal: e.refundedTotal } }, select: { id: true, number: true } });
          const creditNote = note ? documentAttachment('credit_note', note) : undefined;
          if (e.returnId) return queueReturnEmail(tx, { ...order, orderUrl: await orderPage(tx, order) }, e.returnId, 'REFUNDED', creditNote);
          const data = { number: order.number, currency: order.currency, amount: e.amount, refundedTotal: e.refundedTotal, orderTotal: order.totalAmount, creditNote };
          return queueEmailOnce(tx, orderRefundedEmail, order.email, data, keyOf(e.orderId, 'refunded', e.refundedTotal));
        }),
      // One e-mail per step of each return; the step is in the key, so a rerun sends nothing new.
      return_updated: (e) => withOrder(prisma, e.orderId, async (tx, order) => queueReturnEmail(tx, { ...order, orderUrl: await orderPage(tx, order) }, e.returnId, e.status)),
      // A guest has no orders page: their link opens this order (an expired hold says so there).
      cancelled: (e) =>
        withOrder(prisma, e.orderId, async (tx, order) => {
          const url = (await guestUrl(tx, order)) ?? ordersUrl;
          return queueEmailOnce(tx, orderCancelledEmail, order.email, { number: order.number, reason: e.reason, ordersUrl: url }, keyOf(e.orderId, 'cancelled'));
        }),
    },
  };
}
