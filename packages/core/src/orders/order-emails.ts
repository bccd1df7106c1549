// The e-mails an order sends its shopper that staff can trigger or send again: the
// confirmation and the shipping notice with the tracking link. Queued in the outbox, in the
// caller's transaction.
import type { Prisma } from '@tandem/db';

type Tx = Prisma.TransactionClient;

export interface Shipment {
  carrier: string;
  trackingNumber: string;
  trackingUrl: string | null;
}

/** Store currencies have two decimals (as in checkout's own confirmation). */
function formatted(amount: number, currency: string): string {
  return `${(amount / 100).toFixed(2)} ${currency}`;
}

export async function queueConfirmationEmail(tx: Tx, order: { email: string; number: string; totalAmount: number; currency: string }): Promise<void> {
  await tx.outboxEmail.create({
    data: {
      to: order.email,
      kind: 'order_confirmation',
      subject: `Order ${order.number} confirmed`,
      text: `Thank you for your order ${order.number}. Total: ${formatted(order.totalAmount, order.currency)}.`,
    },
  });
}

export async function queueShippingEmail(tx: Tx, order: { email: string; number: string }, shipment: Shipment, ordersUrl: string): Promise<void> {
  const tracking = shipment.trackingUrl ? `Track it here: ${shipment.trackingUrl}` : `Tracking number: ${shipment.trackingNumber}`;
  await tx.outboxEmail.create({
    data: {
      to: order.email,
      kind: 'order_shipped',
      subject: `Order ${order.number} is on its way`,
      text: `Your order ${order.number} has shipped with ${shipment.carrier} (tracking number ${shipment.trackingNumber}).\n${tracking}\nYour orders: ${ordersUrl}`,
    },
  });
}
