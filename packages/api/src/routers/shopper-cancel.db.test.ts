// The shopper cancels their own order through the real routers: unpaid (stock back, an
// e-mail), paid and unshipped (a full refund once, however often it is clicked, with a credit
// note and the refund e-mail), shipped (refused: return it instead), through a guest link too,
// and never someone else's order.
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

const address = { name: 'Cas Cancel', line1: 'Dam 1', postalCode: '1012 JS', city: 'Amsterdam', country: 'NL' };

beforeAll(async () => {
  ({ db, services, admin } = await adminStore());
  categoryId = (await makeCategory(db.prisma, 'cancels')).id;
});
afterAll(() => db.close());

async function variant() {
  const product = await makeProduct(db.prisma, { slug: `x-${randomUUID().slice(0, 8)}`, categoryId, variants: [{ priceAmount: 10_000, stockOnHand: 5 }] });
  return db.prisma.productVariant.findFirstOrThrow({ where: { productId: product.id } });
}

/** A shopper's order of 2 units (stock 5 before), awaiting payment. */
async function placed() {
  const v = await variant();
  const api = callerFor(services, { sessionToken: (await signedInCustomer(db.prisma)).sessionToken });
  await api.cart.addLine({ variantId: v.id, quantity: 2 });
  const order = await api.checkout.placeOrder({ idempotencyKey: randomUUID(), shippingAddress: address, shippingMethodCode: 'standard', acceptedTerms: true });
  return { api, order, variantId: v.id };
}

const stockOf = async (id: string) => (await db.prisma.productVariant.findUniqueOrThrow({ where: { id } })).stockOnHand;

describe('orders.cancel (the shopper)', () => {
  it('cancels an unpaid order, puts its stock back and says so by e-mail', async () => {
    const { api, order, variantId } = await placed();
    expect(await stockOf(variantId)).toBe(3);
    expect((await api.orders.byId({ id: order.id })).canCancel).toBe(true);
    await api.orders.cancel({ id: order.id });
    expect(await api.orders.byId({ id: order.id })).toMatchObject({ status: 'CANCELLED', canCancel: false, refunded: { amount: 0 } });
    expect(await stockOf(variantId)).toBe(5);
    await runOrderEventJobs(db.prisma);
    const mail = await db.prisma.outboxEmail.findFirstOrThrow({ where: { to: order.email, kind: 'order_cancelled' } });
    expect(mail.text).toContain('Why: You cancelled it.');
  });

  it('cancels a paid, unshipped order and refunds it in full once, however often it is clicked, with a credit note', async () => {
    const { api, order, variantId } = await placed();
    await admin.adminOrders.markPaid({ id: order.id });
    await Promise.all([api.orders.cancel({ id: order.id }), api.orders.cancel({ id: order.id })]);
    await api.orders.cancel({ id: order.id });
    const after = await api.orders.byId({ id: order.id });
    expect(after).toMatchObject({ status: 'CANCELLED', refund: 'full', refunded: { amount: order.total.amount } });
    expect(after.refunds).toHaveLength(1);
    expect(await stockOf(variantId)).toBe(5);
    const notes = (await api.orders.documents({ id: order.id })).filter((d) => d.kind === 'credit_note');
    expect(notes.map((d) => d.total.amount)).toEqual([-order.total.amount]);
    await runOrderEventJobs(db.prisma);
    await redeliverOrderEventJobs(db.prisma, order.id);
    expect(await db.prisma.outboxEmail.count({ where: { to: order.email, kind: { in: ['order_cancelled', 'order_refunded'] } } })).toBe(2);
  });

  it('refuses a shipped order (it is returned instead) and another shopper’s order', async () => {
    const { api, order } = await placed();
    const other = callerFor(services, { sessionToken: (await signedInCustomer(db.prisma)).sessionToken });
    await expect(other.orders.cancel({ id: order.id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await admin.adminOrders.markPaid({ id: order.id });
    await admin.adminOrders.fulfil({ id: order.id, carrier: 'DHL', trackingNumber: 'JJD0001234' });
    expect((await api.orders.byId({ id: order.id })).canCancel).toBe(false);
    await expect(api.orders.cancel({ id: order.id })).rejects.toMatchObject({ code: 'CONFLICT', message: expect.stringMatching(/already shipped/) });
  });

  it('leaves a group buy’s order to its deal: the shopper leaves the group buy instead', async () => {
    const { api, order } = await placed();
    await db.prisma.orderEvent.create({ data: { orderId: order.id, type: 'group_buy_joined', data: { groupBuyId: 'g1', unitAmount: 10_000 } } });
    expect((await api.orders.byId({ id: order.id })).canCancel).toBe(false);
    await expect(api.orders.cancel({ id: order.id })).rejects.toMatchObject({ code: 'CONFLICT', message: expect.stringMatching(/group buy/) });
    expect((await api.orders.byId({ id: order.id })).status).toBe('AWAITING_PAYMENT');
  });

  it('lets a guest cancel through the order link, and reads the guest order’s documents through it', async () => {
    const v = await variant();
    const { cartToken } = await callerFor(services, { ip: '203.0.113.9' }).cart.addLine({ variantId: v.id, quantity: 1 });
    const guest = callerFor(services, { cartToken: cartToken!, ip: '203.0.113.9' });
    const placedGuest = await guest.checkout.placeGuestOrder({ email: 'gus@example.test', idempotencyKey: randomUUID(), shippingAddress: address, shippingMethodCode: 'standard', acceptedTerms: true });
    await admin.adminOrders.markPaid({ id: placedGuest.order.id });
    const anyone = callerFor(services);
    expect((await anyone.guestOrders.documents({ token: placedGuest.accessToken })).map((d) => d.kind)).toEqual(['invoice']);
    await anyone.guestOrders.cancel({ token: placedGuest.accessToken });
    const view = await anyone.checkout.guestOrder({ token: placedGuest.accessToken });
    expect(view).toMatchObject({ status: 'CANCELLED', refund: 'full' });
    const credit = (await anyone.guestOrders.documents({ token: placedGuest.accessToken })).find((d) => d.kind === 'credit_note')!;
    const file = await anyone.guestOrders.document({ token: placedGuest.accessToken, kind: 'credit_note', id: credit.id });
    expect(Buffer.from(file.base64, 'base64').subarray(0, 4).toString()).toBe('%PDF');
    await expect(anyone.guestOrders.cancel({ token: 'x'.repeat(43) })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
