// The shopper hears about every refund and every cancellation of their order, by e-mail, once
// per event: through the real admin procedures, the expiry job and the worker's subscribers,
// with every subscriber job delivered a second time.
import { randomUUID } from 'node:crypto';
import { expireUnpaidOrders } from '@tandem/core/orders';
import { TEST_STOREFRONT_URL, type TestDatabase } from '@tandem/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiServices } from './context.ts';
import { productFor, referredOrder } from './testing/affiliate.ts';
import { callerFor, type Caller } from './testing/callers.ts';
import { redeliverOrderEventJobs, runOrderEventJobs } from './testing/order-events.ts';
import { adminStore } from './testing/admin-store.ts';

let db: TestDatabase;
let services: ApiServices;
let admin: Caller;

beforeAll(async () => {
  ({ db, services, admin } = await adminStore());
});
afterAll(() => db.close());

/** A new shopper's order of one 100.00 EUR product, awaiting payment. */
async function placedOrder() {
  const { variant } = await productFor(db.prisma, 10_000);
  return (await referredOrder(services, variant.id, null)).order;
}

/** The e-mails of one kind sent to the order's shopper, after the worker ran its jobs (twice). */
async function emailsAfterJobs(order: { id: string; email: string }, kind: string) {
  await runOrderEventJobs(db.prisma);
  await redeliverOrderEventJobs(db.prisma, order.id);
  return db.prisma.outboxEmail.findMany({ where: { to: order.email, kind }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }], select: { subject: true, text: true, html: true, attachments: true } });
}

describe('order e-mails for refunds and cancellations', () => {
  it('sends one e-mail per refund, saying the amount and whether the order is now refunded in full', async () => {
    const order = await placedOrder();
    const total = order.total.amount;
    await admin.adminOrders.markPaid({ id: order.id });
    await admin.adminOrders.refund({ id: order.id, amount: 2_500, idempotencyKey: randomUUID() });
    await admin.adminOrders.refund({ id: order.id, amount: 2_500, idempotencyKey: randomUUID() });
    await admin.adminOrders.refund({ id: order.id, amount: total - 5_000, idempotencyKey: randomUUID() });

    const emails = await emailsAfterJobs(order, 'order_refunded');
    expect(emails.map((e) => e.subject)).toEqual([
      `Partial refund of 25.00 EUR for order ${order.number}`,
      `Partial refund of 25.00 EUR for order ${order.number}`,
      `Refund of ${((total - 5_000) / 100).toFixed(2)} EUR for order ${order.number}`,
    ]);
    expect(emails[1]!.text).toContain(`50.00 EUR of ${(total / 100).toFixed(2)} EUR refunded so far`);
    expect(emails[2]!.text).toContain('refunded in full');
    expect(emails[2]!.html).toContain('<p');
  });

  it('links the payment-received e-mail to the order\'s invoice, once', async () => {
    const order = await placedOrder();
    await admin.adminOrders.markPaid({ id: order.id });
    const emails = await emailsAfterJobs(order, 'payment_received');
    expect(emails).toHaveLength(1);
    const invoice = await db.prisma.invoice.findUniqueOrThrow({ where: { orderId: order.id }, select: { id: true, number: true } });
    const url = `${TEST_STOREFRONT_URL}/account/orders/${order.id}/documents/invoice/${invoice.id}`;
    expect(emails[0]!.text).toContain(`Your invoice INV-${String(invoice.number).padStart(6, '0')} (PDF, after signing in): ${url}`);
    expect(emails[0]!.html).toContain(`href="${url}"`);
  });

  it('gives a guest the invoice attached and the link to their order page in the payment-received e-mail', async () => {
    const { variant } = await productFor(db.prisma, 10_000);
    const { cartToken } = await callerFor(services, { ip: '198.51.100.77' }).cart.addLine({ variantId: variant.id, quantity: 1 });
    const shippingAddress = { name: 'Gwen Guest', line1: 'Keizersgracht 1', postalCode: '1015 CJ', city: 'Amsterdam', country: 'NL' };
    const { order } = await callerFor(services, { cartToken: cartToken!, ip: '198.51.100.77' }).checkout.placeGuestOrder({
      email: `gwen-${randomUUID().slice(0, 8)}@example.test`, idempotencyKey: randomUUID(), shippingAddress, shippingMethodCode: 'standard', acceptedTerms: true,
    });
    await admin.adminOrders.markPaid({ id: order.id });
    const [email] = await emailsAfterJobs(order, 'payment_received');
    const invoice = await db.prisma.invoice.findUniqueOrThrow({ where: { orderId: order.id }, select: { id: true, number: true } });
    const invoiceNumber = `INV-${String(invoice.number).padStart(6, '0')}`;
    expect(email?.attachments).toEqual([{ kind: 'invoice', id: invoice.id, filename: `${invoiceNumber}.pdf` }]);
    expect(email?.text).toContain(`Your invoice ${invoiceNumber} is attached as a PDF.`);
    const token = new RegExp(`Your order: ${TEST_STOREFRONT_URL}/orders/guest/([\\w-]+)`).exec(email?.text ?? '')?.[1];
    await expect(callerFor(services).checkout.guestOrder({ token: token ?? 'missing-token-missing-token' })).resolves.toMatchObject({ id: order.id });
  });

  it('tells the shopper when staff cancel their order', async () => {
    const order = await placedOrder();
    await admin.adminOrders.cancel({ id: order.id });

    const emails = await emailsAfterJobs(order, 'order_cancelled');
    expect(emails).toHaveLength(1);
    expect(emails[0]!.subject).toBe(`Order ${order.number} cancelled`);
    expect(emails[0]!.text).toContain('Why: The shop cancelled it.');
    expect(emails[0]!.text).not.toContain('@'); // who cancelled stays in the audit log
  });

  it('tells the shopper why the expiry job cancelled their unpaid order', async () => {
    const order = await placedOrder();
    const { reservationExpiresAt } = await db.prisma.order.findUniqueOrThrow({ where: { id: order.id }, select: { reservationExpiresAt: true } });
    await expireUnpaidOrders(db.prisma, new Date(reservationExpiresAt.getTime() + 1_000));

    const emails = await emailsAfterJobs(order, 'order_cancelled');
    expect(emails).toHaveLength(1);
    expect(emails[0]!.text).toContain('Why: Payment did not arrive in time; the reservation expired.');
  });
});

describe('the order-placed e-mail', () => {
  it('lists the lines, amounts and shipping address of the order, in both parts, once', async () => {
    const order = await placedOrder();
    const emails = await emailsAfterJobs(order, 'order_confirmation');
    expect(emails).toHaveLength(1);
    const line = order.lines[0]!;
    const facts = [`1 × ${line.productTitle}`, `Shipping (${order.shippingMethod})`, 'Total', `${(order.total.amount / 100).toFixed(2)} EUR`, order.shippingAddress.city!, 'How to pay', 'NL91 ABNA 0417 1643 00'];
    for (const fact of facts) {
      expect(emails[0]!.text).toContain(fact);
      expect(emails[0]!.html).toContain(fact);
    }
  });
});
