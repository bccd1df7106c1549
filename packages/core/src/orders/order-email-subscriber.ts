// The shopper's order e-mails as a subscriber of the order's own events: confirmation when
// placed, receipt when paid, shipping notice when fulfilled, one e-mail per refund and one when
// cancelled. Each runs in its own job, at least once: an e-mail is keyed by the event it
// announces (notifications' `queueEmailOnce`), so a second run queues nothing, while two
// refunds of one order are two events and send two e-mails.
import type { Prisma, PrismaClient } from '@tandem/db';
import { queueEmailOnce } from '../notifications/index.ts';
import { invoiceDownloadUrl, orderCancelledEmail, orderConfirmationEmail, orderReadyForPickupEmail, orderRefundedEmail, orderShippedEmail, ordersPageUrl, paymentReceivedEmail } from './order-emails.ts';
import { documentNumberText } from './invoices/document-counter.ts';
import { orderEmailDetails } from './order-email-details.ts';
import type { OrderEventSubscriber } from './order-events.ts';
import { guestOrderPageUrl, issueGuestOrderAccess } from './guest-access.ts';
import { returnUpdateEmail } from './returns/return-emails.ts';

export interface OrderEmailOptions {
  /** Base URL of the storefront, for the orders link in the shipping and cancellation e-mails. */
  storefrontUrl: string;
}

type OrderForEmail = { email: string; number: string; totalAmount: number; currency: string; customerId: string | null };

/** Runs `send` with the order's e-mail data, in one transaction. */
async function withOrder(prisma: PrismaClient, orderId: string, send: (tx: Prisma.TransactionClient, order: OrderForEmail) => Promise<unknown>): Promise<void> {
  await prisma.$transaction(async (tx) => {
    const order = await tx.order.findUniqueOrThrow({ where: { id: orderId }, select: { email: true, number: true, totalAmount: true, currency: true, customerId: true } });
    await send(tx, order);
  });
}

/** The key of the e-mail announcing one event of one order. */
const keyOf = (orderId: string, ...parts: (string | number)[]) => ['order', orderId, ...parts].join(':');

/** The subscriber the composition root registers for the shopper's order e-mails. */
export function orderEmailSubscriber(prisma: PrismaClient, options: OrderEmailOptions): OrderEventSubscriber {
  const ordersUrl = ordersPageUrl(options.storefrontUrl);
  return {
    name: 'order-emails',
    on: {
      placed: (e) =>
        withOrder(prisma, e.orderId, async (tx, order) => {
          // A guest has no account page: the confirmation carries its own link to the order.
          const orderUrl = order.customerId ? undefined : guestOrderPageUrl(options.storefrontUrl, (await issueGuestOrderAccess(tx, e.orderId, new Date())).token);
          const details = await orderEmailDetails(tx, e.orderId);
          return queueEmailOnce(tx, orderConfirmationEmail, order.email, { ...order, details, orderUrl }, keyOf(e.orderId, 'placed'));
        }),
      paid: (e) =>
        withOrder(prisma, e.orderId, async (tx, order) => {
          // The invoice is issued in the payment's own transaction, so it exists by now. An
          // account downloads it from its order page; a guest gets the order page's link.
          const invoice = order.customerId ? await tx.invoice.findUnique({ where: { orderId: e.orderId }, select: { id: true, number: true } }) : null;
          const invoiceLink = invoice ? { number: documentNumberText('invoice', invoice.number), url: invoiceDownloadUrl(options.storefrontUrl, e.orderId, invoice.id) } : undefined;
          const orderUrl = order.customerId ? undefined : guestOrderPageUrl(options.storefrontUrl, (await issueGuestOrderAccess(tx, e.orderId, new Date())).token);
          return queueEmailOnce(tx, paymentReceivedEmail, order.email, { ...order, invoice: invoiceLink, orderUrl }, keyOf(e.orderId, 'paid'));
        }),
      fulfilled: (e) =>
        withOrder(prisma, e.orderId, (tx, order) =>
          queueEmailOnce(tx, orderShippedEmail, order.email, { number: order.number, shipment: e.shipment, ordersUrl }, keyOf(e.orderId, 'fulfilled')),
        ),
      ready_for_pickup: (e) =>
        withOrder(prisma, e.orderId, async (tx, order) => {
          const orderUrl = order.customerId
            ? `${ordersUrl}/${encodeURIComponent(e.orderId)}`
            : guestOrderPageUrl(options.storefrontUrl, (await issueGuestOrderAccess(tx, e.orderId, new Date())).token);
          return queueEmailOnce(tx, orderReadyForPickupEmail, order.email, { number: order.number, location: e.location, orderUrl }, keyOf(e.orderId, 'ready_for_pickup'));
        }),
      // The refunded total only grows, so it names this refund among the order's refunds.
      refunded: (e) =>
        withOrder(prisma, e.orderId, (tx, order) =>
          queueEmailOnce(
            tx,
            orderRefundedEmail,
            order.email,
            { number: order.number, currency: order.currency, amount: e.amount, refundedTotal: e.refundedTotal, orderTotal: order.totalAmount },
            keyOf(e.orderId, 'refunded', e.refundedTotal),
          ),
        ),
      // One e-mail per step of each return; the step is in the key, so a rerun sends nothing new.
      return_updated: (e) =>
        withOrder(prisma, e.orderId, async (tx, order) => {
          const ret = await tx.returnRequest.findUniqueOrThrow({
            where: { id: e.returnId },
            select: { reason: true, rejectionReason: true, refundAmount: true, lines: { select: { quantity: true, orderLine: { select: { productTitle: true, variantTitle: true } } }, orderBy: { id: 'asc' } } },
          });
          const orderUrl = order.customerId
            ? `${ordersUrl}/${encodeURIComponent(e.orderId)}`
            : guestOrderPageUrl(options.storefrontUrl, (await issueGuestOrderAccess(tx, e.orderId, new Date())).token);
          const items = ret.lines.map((l) => `${l.quantity} × ${l.orderLine.productTitle}${l.orderLine.variantTitle ? ` (${l.orderLine.variantTitle})` : ''}`);
          const data = { orderNumber: order.number, status: e.status, items, reason: ret.reason, rejectionReason: ret.rejectionReason, refundAmount: ret.refundAmount, currency: order.currency, orderUrl };
          return queueEmailOnce(tx, returnUpdateEmail, order.email, data, keyOf(e.orderId, 'return', e.returnId, e.status));
        }),
      // A guest has no orders page: their link opens this order (an expired hold says so there).
      cancelled: (e) =>
        withOrder(prisma, e.orderId, async (tx, order) => {
          const url = order.customerId ? ordersUrl : guestOrderPageUrl(options.storefrontUrl, (await issueGuestOrderAccess(tx, e.orderId, new Date())).token);
          return queueEmailOnce(tx, orderCancelledEmail, order.email, { number: order.number, reason: e.reason, ordersUrl: url }, keyOf(e.orderId, 'cancelled'));
        }),
    },
  };
}
