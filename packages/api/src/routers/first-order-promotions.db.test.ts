// First-order promotions through the real routers: a guest is first-time only until an order was
// placed with their e-mail (in any letter case), and an account whose e-mail already has guest
// orders is not first-time either.
import { randomUUID } from 'node:crypto';
import { createTestDatabase, type TestDatabase } from '@tandem/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiServices } from '../context.ts';
import { callerFor, signedInCustomer } from '../testing/callers.ts';
import { welcomeStore, WELCOME_STORE } from '../testing/welcome-store.ts';

let db: TestDatabase;
let services: ApiServices;
let variantId: string;
let ips = 0;

const address = { name: 'Fiona First', line1: 'Keizersgracht 1', postalCode: '1015 CJ', city: 'Amsterdam', country: 'NL' };
const WELCOME_OFF = WELCOME_STORE.welcomeOff;

beforeAll(async () => {
  db = await createTestDatabase();
  ({ services, variantId } = await welcomeStore(db.prisma, 'first-order-parts'));
});
afterAll(() => db.close());

const order = () => ({ idempotencyKey: randomUUID(), shippingAddress: address, shippingMethodCode: 'standard', acceptedTerms: true as const });

/** Places a guest order from a fresh cart of one item; answers with its discount. */
async function guestOrder(email: string): Promise<number> {
  const ip = `203.0.113.${++ips}`;
  const { cartToken } = await callerFor(services, { ip }).cart.addLine({ variantId, quantity: 1 });
  const placed = await callerFor(services, { cartToken: cartToken!, ip }).checkout.placeGuestOrder({ ...order(), email });
  return placed.order.discount.amount;
}

describe('first-order promotions', () => {
  it('gives a guest the first-order discount once per e-mail, whatever its letter case', async () => {
    const email = `first_${randomUUID().slice(0, 8)}@example.test`;
    expect(await guestOrder(email)).toBe(WELCOME_OFF);
    expect(await guestOrder(email.toUpperCase())).toBe(0);
    // A different address (even one a LIKE pattern would match) is still first-time.
    expect(await guestOrder(email.replace('_', 'x'))).toBe(WELCOME_OFF);
  });

  it("quotes a guest who typed their e-mail the total the order then charges, for a returning e-mail and for a new one", async () => {
    const returning = `back_${randomUUID().slice(0, 8)}@example.test`;
    expect(await guestOrder(returning)).toBe(WELCOME_OFF);
    for (const [email, discount] of [[returning.toUpperCase(), 0], [`new_${randomUUID().slice(0, 8)}@example.test`, WELCOME_OFF]] as const) {
      const ip = `203.0.113.${++ips}`;
      const { cartToken } = await callerFor(services, { ip }).cart.addLine({ variantId, quantity: 1 });
      const guest = callerFor(services, { cartToken: cartToken!, ip });
      const quote = await guest.checkout.quote({ country: 'NL', shippingMethodCode: 'standard', email });
      const placed = await guest.checkout.placeGuestOrder({ ...order(), email });
      expect([quote.discount.amount, quote.total.amount]).toEqual([discount, placed.order.total.amount]);
      expect(placed.order.discount.amount).toBe(discount);
    }
  });

  it('refuses a quote for a malformed e-mail', async () => {
    const ip = `203.0.113.${++ips}`;
    const { cartToken } = await callerFor(services, { ip }).cart.addLine({ variantId, quantity: 1 });
    await expect(callerFor(services, { cartToken: cartToken!, ip }).checkout.quote({ country: 'NL', email: 'not-an-address' })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
  });

  it('does not treat an account as first-time when its e-mail already has a guest order', async () => {
    const shopper = await signedInCustomer(db.prisma);
    expect(await guestOrder(shopper.customer.email)).toBe(WELCOME_OFF);
    const api = callerFor(services, { sessionToken: shopper.sessionToken });
    await api.cart.addLine({ variantId, quantity: 1 });
    expect((await api.promotions.cartPricing()).discountAmount).toBe(0);
    expect((await api.checkout.placeOrder(order())).discount.amount).toBe(0);
  });

  it('still gives a new account with no orders anywhere its first-order discount', async () => {
    const shopper = await signedInCustomer(db.prisma);
    const api = callerFor(services, { sessionToken: shopper.sessionToken });
    await api.cart.addLine({ variantId, quantity: 1 });
    expect((await api.checkout.placeOrder(order())).discount.amount).toBe(WELCOME_OFF);
  });
});
