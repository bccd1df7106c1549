// Returns through the real routers: a shopper asks to return units of a shipped order, staff
// approve, receive and refund it (amount computed on the server, stock put back when chosen, a
// credit note, an e-mail per step), and the limits hold: shipped orders only, never more units
// than are left, within the window, one return per key, one refund per return, own orders only.
import { randomUUID } from 'node:crypto';
import { makeCategory, makeProduct, type TestDatabase } from '@tandem/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiServices } from '../context.ts';
import { callerFor, signedInCustomer, type Caller } from '../testing/callers.ts';
import { redeliverOrderEventJobs, runOrderEventJobs } from '../testing/order-events.ts';
import { adminStore } from '../testing/admin-store.ts';

let db: TestDatabase;
let services: ApiServices;
let admin: Caller;
let categoryId: string;

const address = { name: 'Rita Return', line1: 'Dam 1', postalCode: '1012 JS', city: 'Amsterdam', country: 'NL' };

beforeAll(async () => {
  ({ db, services, admin } = await adminStore());
  categoryId = (await makeCategory(db.prisma, 'returns')).id;
});
afterAll(() => db.close());

/** A shopper's paid and shipped order of `quantity` units of a 40.00 item (stock 10 before). */
async function shippedOrder(quantity = 3) {
  const product = await makeProduct(db.prisma, { slug: `r-${randomUUID().slice(0, 8)}`, categoryId, variants: [{ priceAmount: 4_000, stockOnHand: 10 }] });
  const variant = await db.prisma.productVariant.findFirstOrThrow({ where: { productId: product.id } });
  const shopper = await signedInCustomer(db.prisma);
  const api = callerFor(services, { sessionToken: shopper.sessionToken });
  await api.cart.addLine({ variantId: variant.id, quantity });
  const placed = await api.checkout.placeOrder({ idempotencyKey: randomUUID(), shippingAddress: address, shippingMethodCode: 'standard', acceptedTerms: true });
  await admin.adminOrders.markPaid({ id: placed.id });
  await admin.adminOrders.fulfil({ id: placed.id, carrier: 'PostNL', trackingNumber: '3SABCD1234567', trackingUrl: 'https://tracking.example/3SABCD1234567' });
  const order = await api.orders.byId({ id: placed.id });
  return { order, api, variant, line: order.lines[0]! };
}

const stockOf = async (variantId: string) => (await db.prisma.productVariant.findUniqueOrThrow({ where: { id: variantId } })).stockOnHand;

describe('returns', () => {
  it('takes a return of one unit through approval, receipt and refund, with the paid share refunded, stock back and a credit note', async () => {
    const { order, api, variant, line } = await shippedOrder(3);
    expect(await stockOf(variant.id)).toBe(7);
    const request = { id: order.id, idempotencyKey: randomUUID(), lines: [{ lineId: line.id, quantity: 1 }], reason: 'does_not_fit' as const, note: 'Too small' };
    const [a, b] = await Promise.all([api.orders.requestReturn(request), api.orders.requestReturn(request)]);
    expect(b.id).toBe(a.id);
    expect(await api.orders.returnOptions({ id: order.id })).toMatchObject({ open: true, lines: [{ lineId: line.id, returnable: 2 }] });

    const queued = await admin.adminReturns.queue({ status: 'REQUESTED' });
    expect(queued.find((r) => r.id === a.id)).toMatchObject({ order: { number: order.number }, reasonText: 'Does not fit', note: 'Too small', lines: [{ quantity: 1 }] });
    await admin.adminReturns.approve({ id: a.id });
    await admin.adminReturns.receive({ id: a.id });
    await Promise.all([
      admin.adminReturns.refund({ id: a.id, refundShipping: false, restockLineIds: [line.id] }),
      admin.adminReturns.refund({ id: a.id, refundShipping: false, restockLineIds: [line.id] }),
    ]);
    await admin.adminReturns.refund({ id: a.id, refundShipping: true, restockLineIds: [] }); // a late replay changes nothing

    const unit = line.lineTotal.amount / 3;
    const after = await api.orders.byId({ id: order.id });
    expect(after.refunded.amount).toBe(unit);
    expect(after.refunds).toEqual([{ amount: { amount: unit, currency: 'EUR' }, at: expect.any(String) }]);
    expect(after.returns).toMatchObject([{ id: a.id, status: 'REFUNDED', refund: { amount: unit }, refundsShipping: false }]);
    expect(await stockOf(variant.id)).toBe(8);
    const documents = await api.orders.documents({ id: order.id });
    expect(documents.filter((d) => d.kind === 'credit_note').map((d) => d.total.amount)).toEqual([-unit]);
    expect((await db.prisma.auditEntry.findMany({ where: { entityId: a.id } })).map((e) => e.action).sort()).toEqual(['returns.approved', 'returns.received', 'returns.refunded']);

    await runOrderEventJobs(db.prisma);
    await redeliverOrderEventJobs(db.prisma, order.id);
    const emails = await db.prisma.outboxEmail.findMany({ where: { to: order.email, kind: { in: ['return_update', 'order_refunded'] } }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }], select: { kind: true, subject: true, text: true, attachments: true } });
    // The refund of a return is one event: one e-mail, the return's, with its credit note.
    expect(emails.map((e) => e.subject)).toEqual([
      `Return requested for order ${order.number}`,
      `Return approved for order ${order.number}`,
      `Return received for order ${order.number}`,
      `Return refunded for order ${order.number}`,
    ]);
    expect(emails.at(-1)!.text).toContain(`We refunded ${(unit / 100).toFixed(2)} EUR for your return`);
    expect(emails.at(-1)!.text).toContain('1 × ');
    const creditNote = documents.find((d) => d.kind === 'credit_note')!;
    expect(emails.at(-1)!.attachments).toEqual([{ kind: 'credit_note', id: creditNote.id, filename: `${creditNote.number}.pdf` }]);
  });

  it('refuses more units than are left, an unshipped order, and a request after the window', async () => {
    const { order, api, line } = await shippedOrder(2);
    const ask = (quantity: number) => api.orders.requestReturn({ id: order.id, idempotencyKey: randomUUID(), lines: [{ lineId: line.id, quantity }], reason: 'damaged' });
    await ask(1);
    await expect(ask(2)).rejects.toMatchObject({ code: 'BAD_REQUEST', message: expect.stringMatching(/At most 1 of/) });

    await db.prisma.order.update({ where: { id: order.id }, data: { fulfilledAt: new Date(Date.now() - 31 * 86_400_000) } });
    await expect(ask(1)).rejects.toMatchObject({ code: 'CONFLICT', message: 'The return period of 30 days for this order has ended.' });

    const unshipped = await api.cart.addLine({ variantId: (await db.prisma.orderLine.findFirstOrThrow({ where: { orderId: order.id } })).variantId, quantity: 1 }).then(() =>
      api.checkout.placeOrder({ idempotencyKey: randomUUID(), shippingAddress: address, shippingMethodCode: 'standard', acceptedTerms: true }),
    );
    const unshippedLine = (await api.orders.byId({ id: unshipped.id })).lines[0]!;
    await expect(api.orders.requestReturn({ id: unshipped.id, idempotencyKey: randomUUID(), lines: [{ lineId: unshippedLine.id, quantity: 1 }], reason: 'damaged' })).rejects.toMatchObject({ code: 'CONFLICT' });
  });

  it('gives a rejected return’s units back and tells the shopper why', async () => {
    const { order, api, line } = await shippedOrder(1);
    const ret = await api.orders.requestReturn({ id: order.id, idempotencyKey: randomUUID(), lines: [{ lineId: line.id, quantity: 1 }], reason: 'changed_mind' });
    await admin.adminReturns.reject({ id: ret.id, reason: 'Used items cannot be returned' });
    await expect(admin.adminReturns.receive({ id: ret.id })).rejects.toMatchObject({ code: 'CONFLICT' });
    expect(await api.orders.returnOptions({ id: order.id })).toMatchObject({ lines: [{ returnable: 1 }] });
    await runOrderEventJobs(db.prisma);
    const mail = await db.prisma.outboxEmail.findFirstOrThrow({ where: { to: order.email, kind: 'return_update', subject: { startsWith: 'Return not accepted' } } });
    expect(mail.text).toContain('Why: Used items cannot be returned');
  });

  it('shows the shopper the tracking number, carrier and link of the shipment', async () => {
    const { order } = await shippedOrder(1);
    expect(order.shipment).toMatchObject({ carrier: 'PostNL', trackingNumber: '3SABCD1234567', trackingUrl: 'https://tracking.example/3SABCD1234567' });
  });

  it('never lets another shopper read or return the order, and staff-only moves stay staff-only', async () => {
    const { order, api, line } = await shippedOrder(1);
    const other = callerFor(services, { sessionToken: (await signedInCustomer(db.prisma)).sessionToken });
    await expect(other.orders.requestReturn({ id: order.id, idempotencyKey: randomUUID(), lines: [{ lineId: line.id, quantity: 1 }], reason: 'damaged' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(other.orders.returnOptions({ id: order.id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const ret = await api.orders.requestReturn({ id: order.id, idempotencyKey: randomUUID(), lines: [{ lineId: line.id, quantity: 1 }], reason: 'damaged' });
    await expect(api.adminReturns.approve({ id: ret.id })).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});
