// Guest checkout through the real router: a shopper without an account orders with an e-mail
// and an address, reads the order through its expiring link, and may keep it in an account.
import { randomUUID } from 'node:crypto';
import { createTestDatabase, makeCategory, makeProduct, type TestDatabase } from '@tandem/db/testing';
import { seedCheckoutSettings } from '@tandem/db/seed';
import { GUEST_ORDER_LIMITS } from '@tandem/core/checkout';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiServices } from '../context.ts';
import { callerFor, signedInCustomer, testServices } from '../testing/callers.ts';
import { runOrderEventJobs } from '../testing/order-events.ts';

let db: TestDatabase;
let services: ApiServices;
let categoryId: string;
let ips = 0;

const address = { name: 'Gina Guest', line1: 'Keizersgracht 1', postalCode: '1015 CJ', city: 'Amsterdam', country: 'NL' };
const DAY = 86_400_000;

beforeAll(async () => {
  db = await createTestDatabase();
  await seedCheckoutSettings(db.prisma);
  services = testServices(db.prisma);
  categoryId = (await makeCategory(db.prisma, 'guest-parts')).id;
});
afterAll(() => db.close());

async function variantWith(stockOnHand: number, priceAmount = 2_500) {
  const slug = `guest-${randomUUID().slice(0, 8)}`;
  const product = await makeProduct(db.prisma, { slug, title: slug, categoryId, variants: [{ priceAmount, stockOnHand }] });
  return db.prisma.productVariant.findFirstOrThrow({ where: { productId: product.id } });
}

/** An anonymous shopper (their own client address) with a cart of `quantity` units. */
async function guestWithCart(quantity = 1, stock = 10) {
  const variant = await variantWith(stock);
  const ip = `198.51.100.${++ips}`;
  const { cartToken } = await callerFor(services, { ip }).cart.addLine({ variantId: variant.id, quantity });
  const api = callerFor(services, { cartToken: cartToken!, ip });
  return { api, cartToken: cartToken!, variant, ip };
}

const orderRequest = (email = `guest-${randomUUID().slice(0, 8)}@example.test`) => ({
  email,
  idempotencyKey: randomUUID(),
  shippingAddress: address,
  shippingMethodCode: 'standard',
  acceptedTerms: true as const,
});

describe('checkout.placeGuestOrder', () => {
  it('places the cart token\'s cart as an order without an account, at server prices, with stock reserved', async () => {
    const { api, variant } = await guestWithCart(2);
    expect((await api.checkout.quote({ country: 'NL' })).total.amount).toBe(5_000);
    const placed = await api.checkout.placeGuestOrder(orderRequest('Gina@Example.TEST'));
    expect(placed.order).toMatchObject({ status: 'AWAITING_PAYMENT', email: 'gina@example.test', total: { amount: 5_000 } });
    expect(placed.accessToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const row = await db.prisma.order.findUniqueOrThrow({ where: { id: placed.order.id }, select: { customerId: true, guestScope: true } });
    expect(row).toMatchObject({ customerId: null, guestScope: expect.any(String) });
    expect((await db.prisma.productVariant.findUniqueOrThrow({ where: { id: variant.id } })).stockOnHand).toBe(8);
    await expect(api.cart.get()).resolves.toMatchObject({ lines: [] });
  });

  it('answers a replay of the same key with the same order, and a new key on the bought cart with an empty cart', async () => {
    const { api } = await guestWithCart();
    const request = orderRequest();
    const [a, b] = await Promise.all([api.checkout.placeGuestOrder(request), api.checkout.placeGuestOrder(request)]);
    expect(b.order.id).toBe(a.order.id);
    expect((await api.checkout.placeGuestOrder(request)).order.id).toBe(a.order.id);
    expect(await db.prisma.order.count({ where: { email: request.email } })).toBe(1);
    await expect(api.checkout.placeGuestOrder({ ...request, idempotencyKey: randomUUID() })).rejects.toMatchObject({ code: 'BAD_REQUEST', message: 'Your cart is empty.' });
  });

  it('does not let another cart token replay a guest\'s key into their order', async () => {
    const first = await guestWithCart();
    const request = orderRequest();
    const order = (await first.api.checkout.placeGuestOrder(request)).order;
    const other = await guestWithCart();
    const second = (await other.api.checkout.placeGuestOrder(request)).order;
    expect(second.id).not.toBe(order.id);
  });

  it('refuses an order without the terms acknowledged, with a field error', async () => {
    const { api } = await guestWithCart();
    const { acceptedTerms: _, ...withoutTerms } = orderRequest();
    for (const input of [withoutTerms, { ...withoutTerms, acceptedTerms: false }]) {
      const error = await api.checkout.placeGuestOrder(input as never).catch((e: unknown) => e);
      expect(error).toMatchObject({ code: 'BAD_REQUEST' });
      expect(JSON.stringify(error)).toContain('Please accept the terms and the right of withdrawal');
    }
    await expect(callerFor(services, { sessionToken: (await signedInCustomer(db.prisma)).sessionToken }).checkout.placeOrder(withoutTerms as never)).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    expect(await db.prisma.order.count({ where: { email: withoutTerms.email } })).toBe(0);
  });

  it('holds the per-e-mail limit under 25 parallel orders from 25 carts', async () => {
    const email = `burst-${randomUUID().slice(0, 8)}@example.test`;
    const guests = await Promise.all(Array.from({ length: 25 }, () => guestWithCart()));
    const results = await Promise.allSettled(guests.map((g) => g.api.checkout.placeGuestOrder(orderRequest(email))));
    const placed = results.filter((r) => r.status === 'fulfilled').length;
    expect(placed).toBe(GUEST_ORDER_LIMITS.perEmail.limit);
    const refused = results.flatMap((r) => (r.status === 'rejected' ? [r.reason] : []));
    expect(refused).toHaveLength(25 - placed);
    for (const reason of refused) expect(reason).toMatchObject({ code: 'TOO_MANY_REQUESTS' });
    expect(await db.prisma.order.count({ where: { email } })).toBe(placed);
  });

  it('holds the per-address limit under 25 parallel orders with different e-mails', async () => {
    const guests = await Promise.all(Array.from({ length: 25 }, () => guestWithCart()));
    const ip = '192.0.2.99';
    const results = await Promise.allSettled(guests.map((g) => callerFor(services, { cartToken: g.cartToken, ip }).checkout.placeGuestOrder(orderRequest())));
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(GUEST_ORDER_LIMITS.perIp.limit);
  });
});

describe('checkout.guestOrder', () => {
  it('opens the order with its link and with the link in the confirmation e-mail', async () => {
    const { api } = await guestWithCart();
    const placed = await api.checkout.placeGuestOrder(orderRequest());
    const anyone = callerFor(services);
    await expect(anyone.checkout.guestOrder({ token: placed.accessToken })).resolves.toMatchObject({ id: placed.order.id, number: placed.order.number });
    await runOrderEventJobs(db.prisma);
    const mail = await db.prisma.outboxEmail.findFirstOrThrow({ where: { to: placed.order.email, kind: 'order_confirmation' } });
    const link = /\/orders\/guest\/([A-Za-z0-9_-]+)/.exec(mail.text);
    expect(link).not.toBeNull();
    await expect(anyone.checkout.guestOrder({ token: link![1]! })).resolves.toMatchObject({ id: placed.order.id });
  });

  it('refuses a tampered, unknown or expired token, and one guest\'s token never opens another\'s order', async () => {
    const a = await (await guestWithCart()).api.checkout.placeGuestOrder(orderRequest());
    const b = await (await guestWithCart()).api.checkout.placeGuestOrder(orderRequest());
    const anyone = callerFor(services);
    const tampered = `${a.accessToken.slice(0, -1)}${a.accessToken.endsWith('A') ? 'B' : 'A'}`;
    for (const token of [tampered, 'x'.repeat(43)]) {
      await expect(anyone.checkout.guestOrder({ token })).rejects.toMatchObject({ code: 'NOT_FOUND', message: 'This order link is not valid or has expired.' });
    }
    expect((await anyone.checkout.guestOrder({ token: b.accessToken })).id).toBe(b.order.id);
    await db.prisma.guestOrderAccess.updateMany({ where: { orderId: a.order.id }, data: { expiresAt: new Date(Date.now() - DAY) } });
    await expect(anyone.checkout.guestOrder({ token: a.accessToken })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('adopting a guest order', () => {
  it('creates an account with the order\'s e-mail and only a password; the order is then among its orders', async () => {
    const placed = await (await guestWithCart()).api.checkout.placeGuestOrder(orderRequest());
    const signedIn = await callerFor(services).checkout.createGuestAccount({ token: placed.accessToken, password: 'a long new password' });
    expect(signedIn.customer).toMatchObject({ email: placed.order.email, name: 'Gina Guest' });
    const mine = callerFor(services, { sessionToken: signedIn.session.token });
    expect((await mine.orders.list()).map((o) => o.id)).toEqual([placed.order.id]);
    await expect(callerFor(services).checkout.createGuestAccount({ token: placed.accessToken, password: 'another long password' })).rejects.toMatchObject({ code: 'CONFLICT' });
  });

  it('sends an existing account\'s owner to sign in, then lets them claim it; another account cannot', async () => {
    const owner = await signedInCustomer(db.prisma);
    const placed = await (await guestWithCart()).api.checkout.placeGuestOrder(orderRequest(owner.customer.email));
    await expect(callerFor(services).checkout.createGuestAccount({ token: placed.accessToken, password: 'a long new password' })).rejects.toMatchObject({
      code: 'CONFLICT',
      message: 'An account with this e-mail already exists. Sign in, then add this order to your account.',
    });
    const stranger = await signedInCustomer(db.prisma);
    await expect(callerFor(services, { sessionToken: stranger.sessionToken }).checkout.claimGuestOrder({ token: placed.accessToken })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const claimed = await callerFor(services, { sessionToken: owner.sessionToken }).checkout.claimGuestOrder({ token: placed.accessToken });
    expect(claimed.id).toBe(placed.order.id);
    expect((await db.prisma.order.findUniqueOrThrow({ where: { id: placed.order.id } })).customerId).toBe(owner.customer.id);
  });
});
