// "Collect in store" through the real routers: checkout offers it free when the shop enabled it
// with an address, the order keeps where and when to collect (and the address as billing
// address), the confirmation e-mail and the order view say it, and staff switch it off.
import { randomUUID } from 'node:crypto';
import { demoPickupSettings } from '@tandem/db/seed';
import { makeCategory, makeProduct, type TestDatabase } from '@tandem/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiServices } from '../context.ts';
import { callerFor, codeOf, type Caller } from '../testing/callers.ts';
import { runOrderEventJobs } from '../testing/order-events.ts';
import { adminStore } from '../testing/admin-store.ts';

let db: TestDatabase;
let services: ApiServices;
let admin: Caller;
let categoryId: string;
let ips = 0;
const address = { name: 'Carla Collect', line1: 'Prinsengracht 2', postalCode: '1015 DV', city: 'Amsterdam', country: 'NL' };

beforeAll(async () => {
  ({ db, services, admin } = await adminStore());
  categoryId = (await makeCategory(db.prisma, 'collect-parts')).id;
});
afterAll(() => db.close());

/** A guest with one €40 item in the cart (under the free-shipping threshold, so delivery costs). */
async function guestCart() {
  const slug = `collect-${randomUUID().slice(0, 8)}`;
  const product = await makeProduct(db.prisma, { slug, title: slug, categoryId, variants: [{ priceAmount: 4_000, stockOnHand: 10 }] });
  const variant = await db.prisma.productVariant.findFirstOrThrow({ where: { productId: product.id } });
  const ip = `198.51.100.${++ips}`;
  const { cartToken } = await callerFor(services, { ip }).cart.addLine({ variantId: variant.id, quantity: 1 });
  return callerFor(services, { cartToken: cartToken!, ip });
}

describe('collect in store', () => {
  it('is offered free beside the delivery methods, and the total has no shipping', async () => {
    const api = await guestCart();
    const quote = await api.checkout.quote({ country: 'NL', shippingMethodCode: 'collect_in_store' });
    expect(quote.shippingOptions).toContainEqual({ code: 'collect_in_store', name: 'Collect in store', amount: 0, currency: 'EUR' });
    expect(quote.shippingOptions.find((o) => o.code === 'standard')!.amount).toBeGreaterThan(0);
    expect(quote.shipping).toMatchObject({ code: 'collect_in_store', amount: 0 });
    expect(quote.total.amount).toBe(quote.subtotal.amount - quote.discount.amount + (quote.pricesIncludeTax ? 0 : quote.tax.amount));
  });

  it('records where and when to collect, and says so on the order and in the confirmation', async () => {
    const api = await guestCart();
    const email = `collect-${randomUUID().slice(0, 8)}@example.test`;
    const placed = await api.checkout.placeGuestOrder({ email, idempotencyKey: randomUUID(), shippingAddress: address, shippingMethodCode: 'collect_in_store', paymentMethod: 'pickup', acceptedTerms: true });
    expect(placed.order.shipping.amount).toBe(0);
    expect(placed.order.shippingMethod).toBe('Collect in store');
    expect(placed.order.pickup).toEqual({ address: demoPickupSettings.address, openingHours: demoPickupSettings.openingHours });
    expect((await api.checkout.guestOrder({ token: placed.accessToken })).pickup).toEqual(placed.order.pickup);

    await runOrderEventJobs(db.prisma);
    const [mail] = await db.prisma.outboxEmail.findMany({ where: { to: email, kind: 'order_confirmation' }, select: { text: true, html: true } });
    for (const part of [mail!.text, mail!.html!]) {
      for (const fact of ['Collect in store', 'Keizersgracht 1', 'Monday to Saturday, 10:00–18:00', 'Billing address', 'Prinsengracht 2']) expect(part).toContain(fact);
      expect(part).not.toContain('Shipping to');
    }
  });

  it('keeps the address it was placed with when staff later edit it', async () => {
    const api = await guestCart();
    const placed = await api.checkout.placeGuestOrder({ email: `keep-${randomUUID().slice(0, 8)}@example.test`, idempotencyKey: randomUUID(), shippingAddress: address, shippingMethodCode: 'collect_in_store', paymentMethod: 'bank_transfer', acceptedTerms: true });
    await admin.adminSettings.savePickup({ ...demoPickupSettings, address: 'Somewhere else 9\nUtrecht' });
    expect((await api.checkout.guestOrder({ token: placed.accessToken })).pickup!.address).toBe(demoPickupSettings.address);
    await admin.adminSettings.savePickup(demoPickupSettings);
  });

  it('disappears from checkout when staff switch it off (audited), and cannot be ordered then', async () => {
    const saved = await admin.adminSettings.savePickup({ ...demoPickupSettings, enabled: false });
    expect(saved.offered).toBe(false);
    expect(await db.prisma.auditEntry.count({ where: { action: 'settings.pickup.update' } })).toBeGreaterThan(0);
    const api = await guestCart();
    expect((await api.checkout.quote({ country: 'NL' })).shippingOptions.map((o) => o.code)).not.toContain('collect_in_store');
    const order = api.checkout.placeGuestOrder({ email: `off-${randomUUID().slice(0, 8)}@example.test`, idempotencyKey: randomUUID(), shippingAddress: address, shippingMethodCode: 'collect_in_store', paymentMethod: 'bank_transfer', acceptedTerms: true });
    await expect(codeOf(order)).resolves.toBe('BAD_REQUEST');
    expect((await admin.adminSettings.savePickup(demoPickupSettings)).offered).toBe(true);
  });

  it('refuses to enable collecting without an address and opening hours', async () => {
    await expect(codeOf(admin.adminSettings.savePickup({ enabled: true, address: '', openingHours: '' }))).resolves.toBe('BAD_REQUEST');
  });
});

describe('handing over an order collected in store', () => {
  it('tells the shopper once when it is ready, then records the payment and the collection', async () => {
    const api = await guestCart();
    const email = `hand-${randomUUID().slice(0, 8)}@example.test`;
    const placed = await api.checkout.placeGuestOrder({ email, idempotencyKey: randomUUID(), shippingAddress: address, shippingMethodCode: 'collect_in_store', paymentMethod: 'pickup', acceptedTerms: true });
    const id = placed.order.id;
    expect((await admin.adminOrders.detail({ id })).can).toMatchObject({ fulfil: false, readyForPickup: true, collected: false });

    await admin.adminOrders.readyForPickup({ id });
    await admin.adminOrders.readyForPickup({ id });
    await runOrderEventJobs(db.prisma);
    const ready = await db.prisma.outboxEmail.findMany({ where: { to: email, kind: 'order_ready_for_pickup' }, select: { subject: true, text: true } });
    expect(ready).toHaveLength(1);
    expect(ready[0]!.subject).toBe(`Order ${placed.order.number} is ready for pickup`);
    for (const fact of ['Keizersgracht 1', 'Monday to Saturday, 10:00–18:00', '/orders/guest/']) expect(ready[0]!.text).toContain(fact);

    await expect(codeOf(admin.adminOrders.collected({ id }))).resolves.toBe('CONFLICT');
    await admin.adminOrders.markPaid({ id });
    await admin.adminOrders.collected({ id });
    const detail = await admin.adminOrders.detail({ id });
    expect(detail.status).toBe('DELIVERED');
    expect(detail.timeline.map((e) => e.type)).toEqual(expect.arrayContaining(['ready_for_pickup', 'paid', 'collected']));
    expect(await db.prisma.outboxEmail.count({ where: { to: email, kind: 'order_shipped' } })).toBe(0);
    expect(await db.prisma.auditEntry.count({ where: { entityId: id, action: { in: ['orders.ready_for_pickup', 'orders.collect'] } } })).toBe(2);
  });

  it('refuses pickup steps on an order that is delivered', async () => {
    const api = await guestCart();
    const placed = await api.checkout.placeGuestOrder({ email: `ship-${randomUUID().slice(0, 8)}@example.test`, idempotencyKey: randomUUID(), shippingAddress: address, shippingMethodCode: 'standard', paymentMethod: 'bank_transfer', acceptedTerms: true });
    expect((await admin.adminOrders.detail({ id: placed.order.id })).can).toMatchObject({ readyForPickup: false, collected: false });
    await expect(codeOf(admin.adminOrders.readyForPickup({ id: placed.order.id }))).resolves.toBe('CONFLICT');
  });
});
