import { seedCheckoutSettings } from '@tandem/db/seed';
import { createTestDatabase, makeCategory, makeProduct, type TestDatabase } from '@tandem/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callerFor, signedInCustomer, testServices, type Caller } from '../testing/callers.ts';

let db: TestDatabase;
let admin: Caller;
let shopper: Caller;
let lampVariant: string;

const rival = { slug: 'rival-lights', name: 'Rival Lights', kind: 'COMPETITOR' as const, homepageUrl: 'https://rival.example' };
// Lamp: ours €40 + €4.95 shipping, theirs €42.95 in total (gap €2). Horn: ours €60 + €0 (free
// shipping from €50), theirs €45 (gap €15), but the horn sold nothing lately.
const feed = [
  'id,title,mpn,brand,price,shipping,link',
  'L-1,Beam lamp,LAMP-1,,38.00 EUR,NL:::4.95 EUR,https://rival.example/l1',
  'H-1,Loud horn,HORN-1,,45.00 EUR,NL:::0 EUR,https://rival.example/h1',
].join('\n');

async function paidOrder(variantId: string, quantity: number, lineTotal: number, paidAt: Date) {
  const n = await db.prisma.order.count();
  await db.prisma.order.create({
    data: {
      number: `OA-${n}`, idempotencyKey: `oa-${n}`, email: 'buyer@example.test', status: 'PAID', currency: 'EUR', pricesIncludeTax: true,
      subtotalAmount: lineTotal, shippingAmount: 0, taxAmount: 0, totalAmount: lineTotal, shippingAddress: {}, shippingMethodCode: 'standard',
      shippingMethodName: 'Standard', reservationExpiresAt: paidAt, paidAt, createdAt: paidAt,
      lines: { create: [{ variantId, sku: 'x', productTitle: 'x', variantTitle: '', quantity, unitPriceAmount: lineTotal / quantity, lineTotalAmount: lineTotal, taxAmount: 0 }] },
    },
  });
}

beforeAll(async () => {
  db = await createTestDatabase();
  await seedCheckoutSettings(db.prisma);
  const category = await makeCategory(db.prisma, 'lights');
  const lamp = await makeProduct(db.prisma, { slug: 'beam-lamp', title: 'Beam Lamp', categoryId: category.id, variants: [{ priceAmount: 4_000, mpn: 'LAMP-1', weightGrams: 200, optionValues: { colour: 'Black' }, sku: 'LAMP-BLK' }] });
  await makeProduct(db.prisma, { slug: 'loud-horn', title: 'Loud Horn', categoryId: category.id, variants: [{ priceAmount: 6_000, mpn: 'HORN-1', weightGrams: 200 }] });
  lampVariant = (await db.prisma.productVariant.findFirstOrThrow({ where: { productId: lamp.id } })).id;
  const services = testServices(db.prisma);
  admin = callerFor(services, { sessionToken: (await signedInCustomer(db.prisma, ['CUSTOMER', 'ADMIN'])).sessionToken });
  shopper = callerFor(services, { sessionToken: (await signedInCustomer(db.prisma)).sessionToken });
  await admin.offers.importFeed({ source: rival, format: 'CSV', text: feed });
  // €400 of lamps in the last 30 days; an older order is outside the window.
  await paidOrder(lampVariant, 10, 40_000, new Date(Date.now() - 3 * 86_400_000));
  await paidOrder(lampVariant, 5, 20_000, new Date(Date.now() - 40 * 86_400_000));
});
afterAll(() => db.close());

describe('offers admin router', () => {
  it('lists each source with its offer counts and its latest import', async () => {
    expect(await admin.offers.sources()).toMatchObject([{ slug: 'rival-lights', kind: 'COMPETITOR', activeOffers: 2, matchedOffers: 2, toReview: 0, lastImport: { createdCount: 2 } }]);
  });

  it('sorts the undercut report by revenue at risk: recent revenue × the gap as a share of our total', async () => {
    const lines = await admin.offers.undercut({});
    expect(lines.map((l) => [l.product.slug, l.gap.amount, l.recentRevenue.amount, l.recentUnits, l.revenueAtRisk.amount])).toEqual([
      // 40 000 × 200 / 4 495 = 1 779.75 → 1 780
      ['beam-lamp', 200, 40_000, 10, 1_780],
      ['loud-horn', 1_500, 0, 0, 0],
    ]);
  });

  it('proposes a clearance discount that closes the gap, or stops at the floor', async () => {
    const [lamp, horn] = await admin.offers.undercut({});
    expect(lamp!.proposal).toEqual({ variantId: lampVariant, sku: expect.any(String), priceAmount: 4_000, discountBps: 500, proposedAmount: 3_800, floorAmount: 2_800, closesGap: true });
    expect(horn!.proposal).toMatchObject({ discountBps: 2_500, proposedAmount: 4_500, closesGap: true });
    const [, hornWithHighFloor] = await admin.offers.undercut({ floorBps: 9_000 });
    expect(hornWithHighFloor!.proposal).toMatchObject({ discountBps: 1_000, proposedAmount: 5_400, floorAmount: 5_400, closesGap: false });
    await expect(admin.offers.undercut({ floorBps: 10_000 })).rejects.toMatchObject({ code: 'BAD_REQUEST', message: expect.stringMatching(/at most 99%/) });
  });

  it('finds the products and variants an offer can be matched to, with their option values', async () => {
    expect(await admin.offers.matchTargets({ query: 'lamp-b' })).toEqual([
      { id: expect.any(String), title: 'Beam Lamp', slug: 'beam-lamp', status: 'ACTIVE', variants: [{ id: lampVariant, sku: 'LAMP-BLK', title: 'Black', options: { colour: 'Black' }, priceAmount: 4_000, currency: 'EUR' }] },
    ]);
  });

  it('keeps sources and the report for staff', async () => {
    await expect(shopper.offers.matchTargets({ query: 'lamp' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(shopper.offers.sources()).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(shopper.offers.undercut({})).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('registers a feed URL on a schedule, refusing bad addresses and intervals, and shows it with its state', async () => {
    const schedule = { source: rival, url: 'https://rival.example/feed.csv', format: 'CSV' as const, everyHours: 12 };
    await expect(admin.offers.setFeedSchedule({ ...schedule, url: 'file:///etc/passwd' })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    await expect(admin.offers.setFeedSchedule({ ...schedule, everyHours: 5 })).rejects.toMatchObject({ code: 'BAD_REQUEST', message: expect.stringMatching(/6, 12, 24/) });
    await expect(shopper.offers.setFeedSchedule(schedule)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(await admin.offers.setFeedSchedule(schedule)).toEqual({ ok: true });
    expect(await admin.offers.feedSchedules()).toMatchObject([{ source: { slug: 'rival-lights' }, url: schedule.url, format: 'CSV', full: true, everyHours: 12, state: 'QUEUED', lastOk: null }]);
    expect(await admin.offers.fetchFeedNow({ sourceSlug: 'rival-lights' })).toEqual({ queued: false });
    await expect(admin.offers.fetchFeedNow({ sourceSlug: 'nobody' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await admin.offers.removeFeedSchedule({ sourceSlug: 'rival-lights' })).toEqual({ ok: true });
    expect(await admin.offers.feedSchedules()).toEqual([]);
  });
});
