// The total the checkout page showed is the one the shopper agreed to: an order whose total has
// moved since (a price edit, a first-order discount the e-mail turns out not to get) is refused
// with the new total and nothing is recorded; placed again with the new total, it goes through.
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

const address = { name: 'Tess Total', line1: 'Keizersgracht 2', postalCode: '1015 CJ', city: 'Amsterdam', country: 'NL' };
const { price: PRICE, welcomeOff: WELCOME_OFF } = WELCOME_STORE;

beforeAll(async () => {
  db = await createTestDatabase();
  ({ services, variantId } = await welcomeStore(db.prisma, 'total-as-shown'));
});
afterAll(() => db.close());

const order = (expectedTotal?: number) => ({ idempotencyKey: randomUUID(), shippingAddress: address, shippingMethodCode: 'standard', acceptedTerms: true as const, expectedTotal });
const stockOnHand = async () => (await db.prisma.productVariant.findUniqueOrThrow({ where: { id: variantId } })).stockOnHand;

describe('the total as shown', () => {
  it('refuses a customer\'s order when a price changed after the quote, records nothing, and places it at the new total', async () => {
    const shopper = await signedInCustomer(db.prisma);
    const api = callerFor(services, { sessionToken: shopper.sessionToken });
    await api.cart.addLine({ variantId, quantity: 1 });
    const shown = (await api.checkout.quote({ country: 'NL', shippingMethodCode: 'standard' })).total.amount;
    const stockBefore = await stockOnHand();

    await db.prisma.productVariant.update({ where: { id: variantId }, data: { priceAmount: PRICE + 1_000 } });
    try {
      const refused = api.checkout.placeOrder(order(shown));
      await expect(refused).rejects.toMatchObject({ code: 'CONFLICT' });
      await expect(refused).rejects.toThrow(/The total is now €\d+\.\d\d, not the €\d+\.\d\d shown/);
      expect(await db.prisma.order.count({ where: { customerId: shopper.customer.id } })).toBe(0);
      expect(await stockOnHand()).toBe(stockBefore);

      const now = (await api.checkout.quote({ country: 'NL', shippingMethodCode: 'standard' })).total.amount;
      expect(now).toBe(shown + 1_000);
      const placed = await api.checkout.placeOrder(order(now));
      expect(placed.total.amount).toBe(now);
    } finally {
      await db.prisma.productVariant.update({ where: { id: variantId }, data: { priceAmount: PRICE } });
    }
  });

  it('refuses a guest\'s order when the quote shown before the e-mail was known gave a first-order discount the e-mail does not get', async () => {
    const returning = `again_${randomUUID().slice(0, 8)}@example.test`;
    const first = callerFor(services, { ip: `198.51.100.${++ips}` });
    const { cartToken: firstCart } = await first.cart.addLine({ variantId, quantity: 1 });
    await callerFor(services, { cartToken: firstCart!, ip: `198.51.100.${ips}` }).checkout.placeGuestOrder({ ...order(), email: returning });

    const ip = `198.51.100.${++ips}`;
    const { cartToken } = await callerFor(services, { ip }).cart.addLine({ variantId, quantity: 1 });
    const guest = callerFor(services, { cartToken: cartToken!, ip });
    // Without JavaScript the page may show the quote from before the e-mail was typed.
    const shown = await guest.checkout.quote({ country: 'NL', shippingMethodCode: 'standard' });
    expect(shown.discount.amount).toBe(WELCOME_OFF);
    await expect(guest.checkout.placeGuestOrder({ ...order(shown.total.amount), email: returning })).rejects.toMatchObject({ code: 'CONFLICT' });

    const withEmail = await guest.checkout.quote({ country: 'NL', shippingMethodCode: 'standard', email: returning });
    const placed = await guest.checkout.placeGuestOrder({ ...order(withEmail.total.amount), email: returning });
    expect(placed.order.total.amount).toBe(shown.total.amount + WELCOME_OFF);
  });

  it('refuses a total that is not whole minor units', async () => {
    const shopper = await signedInCustomer(db.prisma);
    const api = callerFor(services, { sessionToken: shopper.sessionToken });
    await api.cart.addLine({ variantId, quantity: 1 });
    await expect(api.checkout.placeOrder(order(12.5))).rejects.toMatchObject({ code: 'BAD_REQUEST' });
  });
});
