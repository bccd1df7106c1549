// Quotes priced from promotions and price lists cached per catalog version (core pricing/
// rules-cache.ts): a change shows at once in the process that made it (every mutation rereads the
// version) and within a second in another (trigger-bumped version, NOTIFY at commit); a start or
// an end takes effect at its time with no write; redemption counts are never stale.
import { CATALOG_CHANNEL } from '@tandem/core/catalog';
import { seedCheckoutSettings } from '@tandem/db/seed';
import { createTestDatabase, makeCategory, makeProduct, type TestDatabase } from '@tandem/db/testing';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ApiServices } from '../context.ts';
import { callerFor, signedInCustomer, testServices, type Caller } from '../testing/callers.ts';

let db: TestDatabase;
let now = new Date('2026-12-07T10:00:00Z');
const clock = { now: () => now };
/** The process a marketer's changes go through, and another following the version by NOTIFY only. */
let here: ApiServices;
let elsewhere: ApiServices;
let stopListening: () => Promise<void>;
let marketing: Caller;
let shopperHere: Caller;
let shopperElsewhere: Caller;

beforeAll(async () => {
  db = await createTestDatabase();
  await seedCheckoutSettings(db.prisma);
  here = testServices(db.prisma, { clock, pricing: { cacheRules: true } });
  elsewhere = testServices(db.prisma, { clock, pricing: { cacheRules: true } });
  await here.catalog.refreshVersion();
  await elsewhere.catalog.refreshVersion();
  stopListening = await db.listen(CATALOG_CHANNEL, (version) => elsewhere.catalog.syncVersion(version));
  const staff = await signedInCustomer(db.prisma, ['CUSTOMER', 'MARKETING']);
  marketing = callerFor(here, { sessionToken: staff.sessionToken });
  const category = await makeCategory(db.prisma, 'cached-rules');
  const product = await makeProduct(db.prisma, { slug: 'cached-rules', categoryId: category.id, variants: [{ priceAmount: 10_000, stockOnHand: 50 }] });
  const variant = await db.prisma.productVariant.findFirstOrThrow({ where: { productId: product.id } });
  const shopper = await signedInCustomer(db.prisma);
  shopperHere = callerFor(here, { sessionToken: shopper.sessionToken });
  shopperElsewhere = callerFor(elsewhere, { sessionToken: shopper.sessionToken });
  await shopperHere.cart.addLine({ variantId: variant.id, quantity: 1 });
});
afterAll(async () => {
  await stopListening();
  await db.close();
});

const discountHere = async () => (await shopperHere.promotions.cartPricing()).discountAmount;
const discountElsewhere = async () => (await shopperElsewhere.promotions.cartPricing()).discountAmount;
const percentOff = (name: string, percentBps: number, window: { startsAt?: Date; endsAt?: Date } = {}) => ({ name, kind: 'PERCENT' as const, percentBps, ...window });

describe('promotions cached per catalog version', () => {
  it('prices with a saved change at once in the same process and within a second in another', async () => {
    expect([await discountHere(), await discountElsewhere()]).toEqual([0, 0]);

    const created = await marketing.adminPricing.createPromotion(percentOff('Ten off', 1_000));
    expect(await discountHere()).toBe(1_000);
    await vi.waitFor(async () => expect(await discountElsewhere()).toBe(1_000), { timeout: 1_000, interval: 25 });

    await marketing.adminPricing.updatePromotion({ id: created.id, promotion: percentOff('Twenty off', 2_000) });
    expect(await discountHere()).toBe(2_000);
    await vi.waitFor(async () => expect(await discountElsewhere()).toBe(2_000), { timeout: 1_000, interval: 25 });

    await marketing.adminPricing.updatePromotion({ id: created.id, promotion: { ...percentOff('Twenty off', 2_000), active: false } });
    expect(await discountHere()).toBe(0);
    await vi.waitFor(async () => expect(await discountElsewhere()).toBe(0), { timeout: 1_000, interval: 25 });
  });

  it('starts and ends a scheduled promotion at its times, with no write in between', async () => {
    const startsAt = new Date(now.getTime() + 3_600_000);
    const endsAt = new Date(now.getTime() + 7_200_000);
    await marketing.adminPricing.createPromotion(percentOff('Evening sale', 1_500, { startsAt, endsAt }));
    await vi.waitFor(async () => expect(await discountElsewhere()).toBe(0), { timeout: 1_000, interval: 25 });
    const versionBefore = elsewhere.catalog.followedVersion();

    now = startsAt;
    expect([await discountHere(), await discountElsewhere()]).toEqual([1_500, 1_500]);
    now = new Date(endsAt.getTime() - 1);
    expect(await discountElsewhere()).toBe(1_500);
    now = endsAt;
    expect([await discountHere(), await discountElsewhere()]).toEqual([0, 0]);
    // Nothing was written: the cached rules decided by the quote's time alone.
    expect(elsewhere.catalog.followedVersion()).toBe(versionBefore);
  });

  it('reads the redemption count of a usage-limited code live, though redemptions bump no version', async () => {
    const promotion = await marketing.adminPricing.createPromotion({ ...percentOff('One use', 500), code: 'ONCEONLY', usageLimit: 1 });
    await shopperHere.promotions.applyCode({ code: 'ONCEONLY' });
    await vi.waitFor(async () => expect(await discountElsewhere()).toBe(500), { timeout: 1_000, interval: 25 });

    // Another shopper's order took the last redemption (as redemptions.ts counts it).
    await db.prisma.$executeRaw`UPDATE "Promotion" SET "usedCount" = "usedCount" + 1 WHERE id = ${promotion.id}`;
    const quote = await shopperElsewhere.promotions.cartPricing();
    expect(quote.discountAmount).toBe(0);
    expect(quote.code).toMatchObject({ code: 'ONCEONLY', applied: false, reason: 'Fully used: no redemptions left.' });
  });
});
