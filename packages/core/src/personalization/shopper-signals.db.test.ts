import { createTestDatabase, makeCategory, makeProduct, type TestDatabase } from '@tandem/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { forgetProductSignal, shopperSignals } from './shopper-signals.ts';

let db: TestDatabase;
const ids: Record<string, string> = {};
const me = { customerId: null, anonymousId: 'visitor-me-0000001' };
const other = { customerId: null, anonymousId: 'visitor-other-0001' };
const now = new Date('2026-12-01T12:00:00Z');
const at = (hoursAgo: number) => new Date(now.getTime() - hoursAgo * 3_600_000);

beforeAll(async () => {
  db = await createTestDatabase();
  const gear = await makeCategory(db.prisma, 'gear');
  for (const slug of ['helmet', 'lock', 'light']) ids[slug] = (await makeProduct(db.prisma, { slug, title: `Title ${slug}`, categoryId: gear.id, variants: [{ priceAmount: 1_000, stockOnHand: 5 }] })).id;
  await db.prisma.behaviourEvent.createMany({
    data: [
      { anonymousId: me.anonymousId, type: 'VIEW', productId: ids.helmet!, occurredAt: at(5) },
      { anonymousId: me.anonymousId, type: 'VIEW', productId: ids.helmet!, occurredAt: at(4) },
      { anonymousId: me.anonymousId, type: 'ADD_TO_CART', productId: ids.lock!, occurredAt: at(2) },
      { anonymousId: me.anonymousId, type: 'VIEW', productId: ids.light!, occurredAt: at(24 * 200) },
      { anonymousId: other.anonymousId, type: 'VIEW', productId: ids.helmet!, occurredAt: at(1) },
    ],
  });
  await db.prisma.forYouVisitor.create({ data: { visitor: me.anonymousId, sources: [ids.helmet!], eventWatermark: 0n, computedAt: at(1) } });
});
afterAll(() => db.close());

describe('"Why these?" signals', () => {
  it('lists the products of the shopper’s own recent history, the latest first, with what they did', async () => {
    const signals = await shopperSignals(db.prisma, me, now);
    expect(signals.products.map((p) => [p.product.slug, p.viewed, p.addedToCart, p.bought])).toEqual([['lock', 0, 1, 0], ['helmet', 2, 0, 0]]);
    expect(signals.segment).toBeNull();
    expect(await shopperSignals(db.prisma, { customerId: null, anonymousId: null }, now)).toEqual({ products: [], segment: null });
  });

  it('takes one product out of the shopper’s signals and their for-you list, and no one else’s', async () => {
    expect(await forgetProductSignal(db.prisma, me, ids.helmet!)).toEqual({ events: 2 });
    expect((await shopperSignals(db.prisma, me, now)).products.map((p) => p.product.slug)).toEqual(['lock']);
    expect(await db.prisma.forYouVisitor.count({ where: { visitor: me.anonymousId } })).toBe(0);
    expect((await shopperSignals(db.prisma, other, now)).products.map((p) => p.product.slug)).toEqual(['helmet']);
  });

  it('takes a bought product out for good: its purchases so far stop counting, a later one counts again', async () => {
    const buyer = await db.prisma.customer.create({ data: { email: 'buyer-signals@example.test', passwordHash: 'x', name: 'Buyer', trackingConsent: true } });
    const variant = await db.prisma.productVariant.findFirstOrThrow({ where: { productId: ids.light! } });
    const buy = (number: string, paidAt: Date) =>
      db.prisma.order.create({
        data: {
          number, customerId: buyer.id, idempotencyKey: number, email: buyer.email, status: 'PAID', currency: 'EUR', pricesIncludeTax: true,
          subtotalAmount: 1_000, shippingAmount: 0, taxAmount: 0, totalAmount: 1_000, shippingAddress: {}, shippingMethodCode: 'standard',
          shippingMethodName: 'Standard', reservationExpiresAt: paidAt, paidAt, createdAt: paidAt,
          lines: { create: [{ variantId: variant.id, sku: variant.sku, productTitle: 'Light', variantTitle: 'Default', quantity: 1, unitPriceAmount: 1_000, lineTotalAmount: 1_000, taxAmount: 0 }] },
        },
      });
    const visitor = { customerId: buyer.id, anonymousId: null };
    await buy('SIG-1', at(48));
    const bought = async () => (await shopperSignals(db.prisma, visitor, now)).products.map((p) => [p.product.slug, p.bought]);
    expect(await bought()).toEqual([['light', 1]]);

    // The order stays (it is the record of the sale); the purchase no longer counts as history.
    expect(await forgetProductSignal(db.prisma, visitor, ids.light!)).toEqual({ events: 0 });
    expect(await bought()).toEqual([]);
    expect(await db.prisma.order.count({ where: { customerId: buyer.id } })).toBe(1);

    // Buying it again after taking it out is a new signal.
    await buy('SIG-2', new Date(Date.now() + 60_000));
    expect(await shopperSignals(db.prisma, visitor, new Date(Date.now() + 120_000)).then((s) => s.products.map((p) => [p.product.slug, p.bought]))).toEqual([['light', 1]]);
  });
});
