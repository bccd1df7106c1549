// The shopper's order e-mails as a subscriber of the order's own events: confirmation when
// placed, receipt when paid, shipping notice when fulfilled. Each runs in its own job, once:
// the order row is locked and an e-mail already queued for this order is not queued again.
import type { Prisma, PrismaClient } from '@tandem/db';
import { orderConfirmationEmail, orderShippedEmail, ordersPageUrl, paymentReceivedEmail, queueEmailOnce } from './order-emails.ts';
import type { OrderEventSubscriber } from './order-events.ts';

export interface OrderEmailOptions {
  /** Base URL of the storefront, for the orders link in the shipping e-mail. */
  storefrontUrl: string;
}

type OrderForEmail = { email: string; number: string; totalAmount: number; currency: string };

/** Runs `send` with the order locked, so two runs of one job cannot both find nothing queued yet. */
async function withLockedOrder(prisma: PrismaClient, orderId: string, send: (tx: Prisma.TransactionClient, order: OrderForEmail) => Promise<void>): Promise<void> {
  await prisma.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM "Order" WHERE id = ${orderId} FOR UPDATE`;
    const order = await tx.order.findUniqueOrThrow({ where: { id: orderId }, select: { email: true, number: true, totalAmount: true, currency: true } });
    await send(tx, order);
  });
}

/** The subscriber the composition root registers for the shopper's order e-mails. */
export function orderEmailSubscriber(prisma: PrismaClient, options: OrderEmailOptions): OrderEventSubscriber {
  const ordersUrl = ordersPageUrl(options.storefrontUrl);
  return {
    name: 'order-emails',
    on: {
      placed: (event) => withLockedOrder(prisma, event.orderId, (tx, order) => queueEmailOnce(tx, orderConfirmationEmail, order.email, order)),
      paid: (event) => withLockedOrder(prisma, event.orderId, (tx, order) => queueEmailOnce(tx, paymentReceivedEmail, order.email, order)),
      fulfilled: (event) => withLockedOrder(prisma, event.orderId, (tx, order) => queueEmailOnce(tx, orderShippedEmail, order.email, { number: order.number, shipment: event.shipment, ordersUrl })),
    },
  };
}
