import { randomUUID } from 'node:crypto';
import { recomputeRecommendations } from '@tandem/core/personalization';
import { seedCheckoutSettings } from '@tandem/db/seed';
import { createTestDatabase, TEST_STOREFRONT_URL, makeCategory, makeProduct, type TestDatabase } from '@tandem/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiServices } from '../context.ts';
import { callerFor, signedInCustomer, testServices, type Caller } from '../testing/callers.ts';

let db: TestDatabase;
let services: ApiServices;
let shopper: Caller;
const ids: Record<string, string> = {};
const visitor = () => randomUUID().replaceAll('-', '');

beforeAll(async () => {
  db = await createTestDatabase();
  await seedCheckoutSettings(db.prisma);
  services = testServices(db.prisma);
  shopper = callerFor(services);
  const bikes = await makeCategory(db.prisma, 'bikes');
  const road = await makeCategory(db.prisma, 'road', { id: bikes.id, path: bikes.path, depth: bikes.depth });
  const gear = await makeCategory(db.prisma, 'gear');
  for (const [key, category, stock] of [
    ['road1', road, 5], ['road2', road, 5], ['road3', road, 5], ['soldout', road, 0],
    ['helmet', gear, 5], ['lights', gear, 5], ['lock', gear, 5], ['bell', gear, 5],
  ] as const) {
    const product = await makeProduct(db.prisma, { slug: key, title: `Product ${key}`, categoryId: category.id, variants: [{ priceAmount: 5_000, stockOnHand: stock }] });
    ids[key] = product.id;
  }
  // Ten visitors look at road1 and road2 together (and the sold-out one); four also buy road1
  // with a helmet. One visitor without consent views road3.
  // (Purchases as the warm-start import writes them: a front end cannot report one.)
  for (let i = 0; i < 10; i++) {
    const anonymousId = visitor();
    await shopper.recommendations.record({ visitorId: anonymousId, consent: true, events: [{ type: 'VIEW', productId: ids.road1 }, { type: 'VIEW', productId: ids.road2 }, { type: 'VIEW', productId: ids.soldout }] });
    if (i < 4) await db.prisma.behaviourEvent.createMany({ data: [ids.road1!, ids.helmet!].map((productId) => ({ anonymousId, type: 'PURCHASE' as const, productId })) });
  }
  await shopper.recommendations.record({ visitorId: visitor(), consent: false, events: [{ type: 'VIEW', productId: ids.road3 }, { type: 'SEARCH', query: 'gravel', resultCount: 0 }] });
  const result = await recomputeRecommendations(db.prisma, { now: new Date() });
  expect(result.skipped).toBe(false);
});
afterAll(() => db.close());

describe('behaviour events', () => {
  it('keep no visitor id without consent, and reject malformed events', async () => {
    const anonymous = await db.prisma.behaviourEvent.findMany({ where: { productId: ids.road3 } });
    expect(anonymous).toHaveLength(1);
    expect(anonymous[0]).toMatchObject({ anonymousId: null, customerId: null });
    expect(await db.prisma.behaviourEvent.count({ where: { type: 'SEARCH', query: 'gravel', anonymousId: null } })).toBe(1);
    await expect(shopper.recommendations.record({ consent: true, events: [{ type: 'VIEW' }] })).rejects.toThrow(/needs the product id/);
    await expect(shopper.recommendations.record({ consent: true, events: [{ type: 'SEARCH' }] })).rejects.toThrow(/needs its query/);
    // A purchase is a paid order, never the client's word: reporting one is refused, nothing kept.
    const before = await db.prisma.behaviourEvent.count({ where: { type: 'PURCHASE' } });
    await expect(shopper.recommendations.record({ consent: true, events: [{ type: 'PURCHASE' as 'VIEW', productId: ids.bell! }] })).rejects.toThrow(/purchases come from paid orders/);
    expect(await db.prisma.behaviourEvent.count({ where: { type: 'PURCHASE' } })).toBe(before);
  });

  it('a second recompute with nothing new is skipped', async () => {
    expect((await recomputeRecommendations(db.prisma, { now: new Date() })).skipped).toBe(true);
  });
});

describe('recommendations', () => {
  it('product page: bought together and viewed together, never sold-out products', async () => {
    const { boughtTogether, similar } = await shopper.recommendations.forProduct({ productId: ids.road1! });
    expect(boughtTogether.map((p) => p.slug)).toEqual(['helmet']);
    expect(similar[0]?.slug).toBe('road2');
    expect(similar.map((p) => p.slug)).not.toContain('soldout');
    expect(similar.map((p) => p.slug)).not.toContain('road1');
  });

  it('for you: blends from the visitor history with reasons, and fills with popular products', async () => {
    const me = visitor();
    await shopper.recommendations.record({ visitorId: me, consent: true, events: [{ type: 'VIEW', productId: ids.road1 }] });
    const recs = await shopper.recommendations.forYou({ visitorId: me, limit: 6 });
    const slugs = recs.map((r) => r.product.slug);
    expect(slugs.slice(0, 2).sort()).toEqual(['helmet', 'road2']);
    expect(slugs).not.toContain('road1');
    expect(slugs).not.toContain('soldout');
    expect(recs.find((r) => r.product.slug === 'helmet')?.reason).toEqual({ kind: 'bought_together', productId: ids.road1 });
    const fresh = await shopper.recommendations.forYou({ visitorId: visitor(), limit: 3 });
    expect(fresh.length).toBeGreaterThan(0);
    expect(fresh.every((r) => r.reason.kind === 'popular')).toBe(true);
  });

  it('cart: completes the setup with what is bought with the cart products', async () => {
    const cart = await shopper.recommendations.forCart({ productIds: [ids.road1!] });
    expect(cart[0]?.slug).toBe('helmet');
  });

  it('popular lists exist overall and per category', async () => {
    expect((await shopper.recommendations.popular({})).map((p) => p.slug)).toContain('road1');
    const gear = await shopper.recommendations.popular({ category: 'gear' });
    expect(gear.map((p) => p.slug)).toEqual(['helmet']);
  });
});

describe('after a purchase', () => {
  it('suggests what goes with the order, never what was just bought, and only to its customer', async () => {
    const { sessionToken } = await signedInCustomer(db.prisma);
    const api = callerFor(services, { sessionToken });
    const road1 = await db.prisma.productVariant.findFirstOrThrow({ where: { productId: ids.road1 } });
    await api.cart.addLine({ variantId: road1.id, quantity: 1 });
    const address = { name: 'C', line1: 'Dam 1', postalCode: '1012 JS', city: 'Amsterdam', country: 'NL' };
    const order = await api.checkout.placeOrder({ idempotencyKey: randomUUID(), shippingAddress: address, shippingMethodCode: 'standard', acceptedTerms: true });

    const recs = await api.recommendations.afterPurchase({ orderId: order.id, limit: 3 });
    // Complements only: the popular road bikes are of the kind just bought, so only the helmet is left.
    expect(recs.map((p) => p.slug)).toEqual(['helmet']);
    expect(recs[0]).toMatchObject({ reason: { kind: 'bought_together', productId: ids.road1 }, because: { slug: 'road1' } });
    expect(recs.map((p) => p.slug)).not.toContain('road1');
    expect(recs.map((p) => p.slug)).not.toContain('soldout');

    const other = callerFor(services, { sessionToken: (await signedInCustomer(db.prisma)).sessionToken });
    await expect(other.recommendations.afterPurchase({ orderId: order.id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(shopper.recommendations.afterPurchase({ orderId: order.id })).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
  });
});

describe('a customer and their data', () => {
  it('claims the anonymous history at sign-in, exports it, and deletes it', async () => {
    const { customer, sessionToken } = await signedInCustomer(db.prisma);
    const me = visitor();
    await shopper.recommendations.record({ visitorId: me, consent: true, events: [{ type: 'VIEW', productId: ids.lights }] });
    const api = callerFor(services, { sessionToken });
    expect(await api.recommendations.claimVisitor({ visitorId: me })).toEqual({ merged: 1 });
    await api.recommendations.record({ visitorId: me, consent: true, events: [{ type: 'VIEW', productId: ids.lock }] });
    const exported = await api.personalData.exportBehaviour();
    expect(exported.events.map((e) => e.productId)).toEqual([ids.lights, ids.lock]);

    await api.personalData.setConsent({ tracking: false });
    await api.recommendations.record({ visitorId: me, consent: true, events: [{ type: 'VIEW', productId: ids.bell }] });
    expect(await db.prisma.behaviourEvent.count({ where: { productId: ids.bell, customerId: customer.id } })).toBe(0);

    expect(await api.personalData.deleteBehaviour({ visitorId: me })).toEqual({ events: 2 });
    expect((await api.personalData.exportBehaviour()).events).toEqual([]);
    // Another customer's data is not reachable: the procedures only take the caller's own id.
    expect(await callerFor(services).personalData.exportBehaviour().catch((e: { code: string }) => e.code)).toBe('UNAUTHORIZED');
  });
});

describe('the newsletter digest', () => {
  it('is only made for customers who asked for newsletters, and queued once per period', async () => {
    // Newsletter consent needs a confirmed address (accounts/consent.ts).
    const { customer, sessionToken } = await signedInCustomer(db.prisma, ['CUSTOMER'], { emailVerified: true });
    const api = callerFor(services, { sessionToken });
    expect(await api.personalData.digest()).toBeNull();
    await api.personalData.setConsent({ marketing: true });
    await api.recommendations.record({ visitorId: visitor(), consent: true, events: [{ type: 'VIEW', productId: ids.road1 }] });
    const digest = await api.personalData.digest();
    expect(digest?.payload.sections[0]?.key).toBe('for_you');
    expect(digest?.payload.sections[0]?.products.map((p) => p.title)).toContain('Product helmet');
    expect(digest?.html).toContain(`${TEST_STOREFRONT_URL}/p/`);
    expect(digest?.html).not.toMatch(/<script/i);
    expect(digest?.text).toContain('/account/privacy');

    const admin = callerFor(services, { sessionToken: (await signedInCustomer(db.prisma, ['MARKETING'])).sessionToken });
    const first = await admin.adminPersonalization.queueDigests({ period: '2026-W48' });
    const again = await admin.adminPersonalization.queueDigests({ period: '2026-W48' });
    expect(first.queued).toBeGreaterThanOrEqual(1);
    expect(again.queued).toBe(0);
    const mail = await db.prisma.outboxEmail.findFirstOrThrow({ where: { to: customer.email, kind: 'digest:2026-W48' } });
    expect(mail.html).toContain('Picked for you');
    await expect(admin.adminPersonalization.queueDigests({ period: 'x' })).rejects.toThrow(/A period is/);
  });
});

describe('warm start from the previous shop', () => {
  it('imports order lines with a report, counts them in segments and recommendations, and never twice', async () => {
    const { customer } = await signedInCustomer(db.prisma);
    const sku = (await db.prisma.productVariant.findFirstOrThrow({ where: { productId: ids.lights } })).sku;
    const csv = [
      'customer_id,order_id,product_id,quantity,price,currency,timestamp',
      `${customer.email},A-1,${ids.bell},1,19.90,EUR,2026-06-01T10:00:00Z`,
      `${customer.email},A-1,${sku},2,35.00,EUR,2026-06-01T10:00:00Z`,
      'old-42,B-7,' + ids.bell + ',1,19.90,EUR,2026-05-02T09:00:00Z',
      'old-42,B-8,no-such-product,1,10.00,EUR,2026-05-03T09:00:00Z',
      'old-43,B-9,' + ids.bell + ',zero,10,EUR,yesterday',
      'old-44,B-10,' + ids.bell + ',1,10.00,EUR,2999-01-01T00:00:00Z',
    ].join('\n');
    const admin = callerFor(services, { sessionToken: (await signedInCustomer(db.prisma, ['MARKETING'])).sessionToken });
    const report = await admin.adminPersonalization.importHistory({ kind: 'orders', text: csv });
    expect(report).toMatchObject({ rows: 6, imported: 3, duplicates: 0, customersMatched: 1 });
    expect(report.rejected.map((r) => r.row)).toEqual([5, 6, 7]);
    expect(report.rejected[0]?.reasons[0]).toMatch(/No product has the id or SKU "no-such-product"/);
    expect(report.rejected[1]?.reasons).toEqual(expect.arrayContaining([expect.stringMatching(/quantity is not a number/), expect.stringMatching(/timestamp is not a date/)]));
    expect(report.rejected[2]?.reasons).toEqual(['The timestamp is in the future']);

    const again = await admin.adminPersonalization.importHistory({ kind: 'orders', text: csv });
    expect(again).toMatchObject({ imported: 0, duplicates: 3 });

    await admin.adminPersonalization.recomputeSegments();
    const segment = await db.prisma.customerSegment.findUniqueOrThrow({ where: { customerId: customer.id } });
    expect(segment).toMatchObject({ frequency: 1, monetaryAmount: 1_990 + 7_000, currency: 'EUR' });
    expect(await db.prisma.customerSegment.count({ where: { customerId: 'import:old-42' } })).toBe(1);
    await expect(admin.adminPersonalization.importHistory({ kind: 'orders', text: 'customer_id,timestamp\nx,2026-01-01' })).rejects.toThrow(/lacks the columns product_id, quantity, price, currency/);
    await expect(callerFor(services, { sessionToken: (await signedInCustomer(db.prisma)).sessionToken }).adminPersonalization.importHistory({ kind: 'orders', text: csv })).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('stores a line in a currency without decimals as whole units and refuses decimals it lacks', async () => {
    const admin = callerFor(services, { sessionToken: (await signedInCustomer(db.prisma, ['MARKETING'])).sessionToken });
    const csv = [
      'customer_id,order_id,product_id,quantity,price,currency,timestamp',
      `jp-1,J-1,${ids.bell},2,1200,JPY,2026-06-01T10:00:00Z`,
      `jp-1,J-2,${ids.bell},1,12.50,JPY,2026-06-02T10:00:00Z`,
    ].join('\n');
    const report = await admin.adminPersonalization.importHistory({ kind: 'orders', text: csv });
    expect(report).toMatchObject({ imported: 1, rejected: [{ row: 3, reasons: ['The price has more decimals than JPY allows'] }] });
    const line = await db.prisma.behaviourEvent.findFirstOrThrow({ where: { orderRef: 'J-1' } });
    expect(line).toMatchObject({ amount: 2_400, currency: 'JPY', quantity: 2 });
  });
});
