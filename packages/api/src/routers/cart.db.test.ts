import { createTestDatabase, makeCategory, makeProduct, type TestDatabase } from '@tandem/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiServices } from '../context.ts';
import { callerFor, signedInCustomer, testServices } from '../testing/callers.ts';

let db: TestDatabase;
let services: ApiServices;
const variant: Record<string, string> = {};

beforeAll(async () => {
  db = await createTestDatabase();
  services = testServices(db.prisma);
  const category = await makeCategory(db.prisma, 'parts');
  for (const [slug, price, stock] of [['chain', 2_999, 5], ['tyre', 4_500, 2], ['bell', 900, 0]] as const) {
    const product = await makeProduct(db.prisma, { slug, categoryId: category.id, variants: [{ priceAmount: price, stockOnHand: stock }] });
    variant[slug] = (await db.prisma.productVariant.findFirstOrThrow({ where: { productId: product.id } })).id;
  }
  await makeProduct(db.prisma, { slug: 'draft-saddle', categoryId: category.id, status: 'DRAFT' });
});
afterAll(() => db.close());

describe('anonymous cart', () => {
  it('is created on the first add, priced from the catalog, and found again by its token', async () => {
    const anonymous = callerFor(services);
    const { cart, cartToken } = await anonymous.cart.addLine({ variantId: variant.chain!, quantity: 2 });
    expect(cartToken).toMatch(/^[\w-]{40,}$/);
    expect(cart.subtotal).toEqual({ amount: 5_998, currency: 'EUR' });
    expect(cart.lines.map((l) => [l.sku.startsWith('chain'), l.quantity, l.unitPrice.amount])).toEqual([[true, 2, 2_999]]);

    const again = await callerFor(services, { cartToken }).cart.addLine({ variantId: variant.chain!, quantity: 1 });
    expect(again.cartToken).toBeNull();
    expect(again.cart.lines[0]!.quantity).toBe(3);
    expect((await callerFor(services).cart.get()).lines).toEqual([]);
  });

  it('ignores any price a client sends', async () => {
    const anonymous = callerFor(services);
    const input = { variantId: variant.tyre!, quantity: 1, priceAmount: 1, unitPrice: { amount: 1, currency: 'EUR' } };
    const { cart } = await anonymous.cart.addLine(input as { variantId: string; quantity: number });
    expect(cart.subtotal.amount).toBe(4_500);
  });

  it('checks stock on every change', async () => {
    const { cartToken } = await callerFor(services).cart.addLine({ variantId: variant.tyre!, quantity: 2 });
    const shopper = callerFor(services, { cartToken });
    await expect(shopper.cart.addLine({ variantId: variant.tyre!, quantity: 1 })).rejects.toMatchObject({ code: 'CONFLICT', message: 'Only 2 left in stock.' });
    await expect(shopper.cart.addLine({ variantId: variant.bell!, quantity: 1 })).rejects.toMatchObject({ code: 'CONFLICT', message: 'This item is sold out.' });
    const [line] = (await shopper.cart.get()).lines;
    await expect(shopper.cart.setQuantity({ lineId: line!.id, quantity: 3 })).rejects.toMatchObject({ code: 'CONFLICT' });
    expect((await shopper.cart.setQuantity({ lineId: line!.id, quantity: 1 })).subtotal.amount).toBe(4_500);
    expect((await shopper.cart.removeLine({ lineId: line!.id })).lines).toEqual([]);
  });

  it('flags lines that can no longer be bought as they are', async () => {
    const { cartToken } = await callerFor(services).cart.addLine({ variantId: variant.chain!, quantity: 4 });
    await db.prisma.productVariant.update({ where: { id: variant.chain! }, data: { stockOnHand: 3 } });
    const cart = await callerFor(services, { cartToken }).cart.get();
    expect(cart.purchasable).toBe(false);
    expect(cart.lines[0]!.problems).toEqual(['Only 3 left: lower the quantity.']);
    await db.prisma.productVariant.update({ where: { id: variant.chain! }, data: { stockOnHand: 5 } });
  });

  it('rejects unknown and unpublished variants and bad quantities', async () => {
    const anonymous = callerFor(services);
    const draftVariant = await db.prisma.productVariant.findFirstOrThrow({ where: { product: { slug: 'draft-saddle' } } });
    await expect(anonymous.cart.addLine({ variantId: 'nope', quantity: 1 })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(anonymous.cart.addLine({ variantId: draftVariant.id, quantity: 1 })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(anonymous.cart.addLine({ variantId: variant.chain!, quantity: 0 })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    await expect(anonymous.cart.addLine({ variantId: variant.chain!, quantity: 1.5 })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
  });
});

describe('customer cart', () => {
  it('absorbs the anonymous cart at sign-in, capped at stock, and retires it', async () => {
    const { customer, sessionToken } = await signedInCustomer(db.prisma);
    const me = callerFor(services, { sessionToken });
    await me.cart.addLine({ variantId: variant.chain!, quantity: 3 });
    const { cartToken } = await callerFor(services).cart.addLine({ variantId: variant.chain!, quantity: 4 });
    await callerFor(services, { cartToken }).cart.addLine({ variantId: variant.tyre!, quantity: 1 });

    await services.carts.claimAnonymousCart(cartToken!, customer.id);

    const cart = await me.cart.get();
    expect(cart.lines.map((l) => [l.variantId, l.quantity])).toEqual([[variant.chain, 5], [variant.tyre, 1]]);
    expect((await callerFor(services, { cartToken }).cart.get()).lines).toEqual([]);
  });

  it('never shows one customer another customer\'s cart lines', async () => {
    const a = await signedInCustomer(db.prisma);
    const b = await signedInCustomer(db.prisma);
    const { cart } = await callerFor(services, { sessionToken: a.sessionToken }).cart.addLine({ variantId: variant.chain!, quantity: 1 });
    const asB = callerFor(services, { sessionToken: b.sessionToken });
    expect((await asB.cart.get()).lines).toEqual([]);
    await expect(asB.cart.setQuantity({ lineId: cart.lines[0]!.id, quantity: 2 })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(asB.cart.removeLine({ lineId: cart.lines[0]!.id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
