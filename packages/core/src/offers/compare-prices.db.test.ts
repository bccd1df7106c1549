import { seedCheckoutSettings } from '@tandem/db/seed';
import { createTestDatabase, type TestDatabase } from '@tandem/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bestOffersFor } from './best-offers.ts';
import { compareProductPrices } from './compare-prices.ts';
import { importOfferFeed } from './import-feed.ts';
import { confirmOfferMatch, rejectOfferMatch, reviewQueue } from './review-queue.ts';
import { competitorSource, offerCatalog, partnerCsv, partnerSource, type OfferCatalog } from './testing/offer-fixtures.ts';
import { undercutReport } from './undercut-report.ts';

let db: TestDatabase;
let c: OfferCatalog;
const staff = { id: 'staff-1', email: 'catalog@example.test' };

// Competitor: the cassette cheaper than the partner but sold out; the handlebar on sale.
const competitorJson = (cat: OfferCatalog) =>
  JSON.stringify([
    { id: 'R-1', title: 'Vector 12s cassette', gtin: '04006381333931', price: '99.00 EUR', availability: 'out of stock', shipping: '0 EUR', link: 'https://rival.example/1' },
    { id: 'R-2', title: 'Ardent bar', mpn: `ard hb ${cat.tag}`, brand: cat.grimpeurName, price: '41.00 EUR', sale_price: '34.00 EUR', shipping: 'NL:::2.50 EUR', link: 'https://rival.example/2' },
    { id: 'R-3', title: 'Ardent bar (US)', mpn: `ARD-HB-${cat.tag}`, brand: cat.grimpeurName, price: '20.00 USD', link: 'https://rival.example/3' },
  ]);

beforeAll(async () => {
  db = await createTestDatabase();
  await seedCheckoutSettings(db.prisma);
  c = await offerCatalog(db.prisma);
  await importOfferFeed(db.prisma, { source: partnerSource, format: 'CSV', text: partnerCsv(c), full: true });
  await importOfferFeed(db.prisma, { source: competitorSource, format: 'JSON', text: competitorJson(c), full: true });
});
afterAll(() => db.close());

// Store totals in NL: cassette €129 (free shipping over €50), handlebar €39.95 + €4.95,
// saddle €59 + €0, chainring €45 + €4.95 (under €50).
describe('bestOffersFor', () => {
  it('gives the lowest total per product, the number of offers compared and whether the store is lowest', async () => {
    const best = await bestOffersFor(db.prisma, [c.cassette.id, c.handlebar.id, c.saddle.id, c.chainring.id]);
    // Cassette: partner 119 + 4.95 beats the store's 129; the rival's 99 is sold out.
    expect(best.get(c.cassette.id)).toEqual({ amount: 12_395, currency: 'EUR', offerCount: 3, storeIsLowest: false });
    // Handlebar: the rival's sale 34 + 2.50 beats the partner's sale 37.50 + 0; the USD offer is not compared.
    expect(best.get(c.handlebar.id)).toEqual({ amount: 3_650, currency: 'EUR', offerCount: 3, storeIsLowest: false });
    // Saddle: partner 55 + 3 (backorder, buyable) beats 59.
    expect(best.get(c.saddle.id)).toEqual({ amount: 5_800, currency: 'EUR', offerCount: 2, storeIsLowest: false });
    // Chainring: the only auto-matched offer (42) is sold out; the weak title match waits for review.
    expect(best.get(c.chainring.id)).toEqual({ amount: 4_995, currency: 'EUR', offerCount: 2, storeIsLowest: true });
  });

  it('leaves out unknown and unpublished products', async () => {
    await db.prisma.product.update({ where: { id: c.saddle.id }, data: { status: 'DRAFT' } });
    const best = await bestOffersFor(db.prisma, [c.saddle.id, 'no-such-product']);
    await db.prisma.product.update({ where: { id: c.saddle.id }, data: { status: 'ACTIVE' } });
    expect(best.size).toBe(0);
  });
});

describe('compareProductPrices', () => {
  it('lists the store and the comparable offers sorted by total, with freshness and the lowest flag', async () => {
    const table = await compareProductPrices(db.prisma, c.handlebar.slug);
    expect(table.offers.map((o) => [o.source.name, o.total.amount, o.isLowest])).toEqual([
      ['Rival Bikes', 3_650, true],
      ['Velo Partner', 3_750, false],
      ['Tandem Cycles', 4_490, false],
    ]);
    expect(table.offers[0]).toMatchObject({ price: { amount: 3_400 }, regularPrice: { amount: 4_100 }, shipping: { amount: 250 }, link: 'https://rival.example/2' });
    expect(table.offers[2]).toMatchObject({ source: { kind: 'STORE' }, link: `/p/${c.handlebar.slug}` });
    expect(Date.parse(table.offers[0]!.updatedAt)).toBeLessThanOrEqual(Date.now());
    expect(table).toMatchObject({ lowPrice: { amount: 3_650, currency: 'EUR' }, highPrice: { amount: 4_490 } });
  });

  it('is not found for a draft product', async () => {
    await db.prisma.product.update({ where: { id: c.chainring.id }, data: { status: 'DRAFT' } });
    await expect(compareProductPrices(db.prisma, c.chainring.slug)).rejects.toMatchObject({ kind: 'not_found' });
    await db.prisma.product.update({ where: { id: c.chainring.id }, data: { status: 'ACTIVE' } });
  });
});

describe('undercutReport', () => {
  it('lists products where a buyable offer beats the store, largest gap first, in amount and percent', async () => {
    const lines = await undercutReport(db.prisma, { limit: 10 });
    expect(lines.map((l) => [l.product.slug, l.storeTotal.amount, l.lowestOffer.total.amount, l.lowestOffer.sourceName, l.gap.amount, l.gapPercent])).toEqual([
      [c.handlebar.slug, 4_490, 3_650, 'Rival Bikes', 840, 18.7],
      [c.cassette.slug, 12_900, 12_395, 'Velo Partner', 505, 3.9],
      [c.saddle.slug, 5_900, 5_800, 'Velo Partner', 100, 1.7],
    ]);
  });
});

describe('review queue', () => {
  it('holds the weak match; confirming it shows the offer, rejecting it hides it, both survive a re-import', async () => {
    const queue = await reviewQueue(db.prisma, 50);
    const weak = queue.find((item) => item.externalId === 'P-5');
    expect(weak).toMatchObject({ method: 'TITLE', candidate: { productId: c.chainring.id }, source: { slug: partnerSource.slug } });

    await confirmOfferMatch(db.prisma, staff, { offerId: weak!.offerId });
    await confirmOfferMatch(db.prisma, staff, { offerId: weak!.offerId });
    expect((await bestOffersFor(db.prisma, [c.chainring.id])).get(c.chainring.id)).toMatchObject({ amount: 3_000, offerCount: 3, storeIsLowest: false });
    await importOfferFeed(db.prisma, { source: partnerSource, format: 'CSV', text: partnerCsv(c), full: true });
    expect(await db.prisma.offer.findUniqueOrThrow({ where: { id: weak!.offerId } })).toMatchObject({ matchStatus: 'CONFIRMED', matchConfidence: 1 });

    await rejectOfferMatch(db.prisma, staff, weak!.offerId);
    await importOfferFeed(db.prisma, { source: partnerSource, format: 'CSV', text: partnerCsv(c), full: true });
    expect(await db.prisma.offer.findUniqueOrThrow({ where: { id: weak!.offerId } })).toMatchObject({ matchStatus: 'REJECTED', productId: null });
    const audit = await db.prisma.auditEntry.findMany({ where: { entityId: weak!.offerId }, orderBy: { createdAt: 'asc' } });
    expect(audit.map((a) => [a.action, a.actorEmail])).toEqual([['catalog.offers.confirm', staff.email], ['catalog.offers.confirm', staff.email], ['catalog.offers.reject', staff.email]]);
    expect(audit[0]).toMatchObject({ before: expect.objectContaining({ matchStatus: 'NEEDS_REVIEW' }), after: expect.objectContaining({ matchStatus: 'CONFIRMED' }) });
    expect((await reviewQueue(db.prisma, 50)).some((item) => item.offerId === weak!.offerId)).toBe(false);
  });

  it('confirms an offer to another product chosen by the administrator', async () => {
    const rival = await db.prisma.offer.findFirstOrThrow({ where: { externalId: 'R-3' } });
    await confirmOfferMatch(db.prisma, staff, { offerId: rival.id, productId: c.saddle.id });
    expect(await db.prisma.offer.findUniqueOrThrow({ where: { id: rival.id } })).toMatchObject({ productId: c.saddle.id, matchMethod: 'MANUAL', matchStatus: 'CONFIRMED' });
    await expect(confirmOfferMatch(db.prisma, staff, { offerId: 'nope' })).rejects.toMatchObject({ kind: 'not_found' });
  });

  it('confirms an offer to the variant picked alone, its product taken from the variant', async () => {
    const rival = await db.prisma.offer.findFirstOrThrow({ where: { externalId: 'R-3' } });
    const variant = await db.prisma.productVariant.findFirstOrThrow({ where: { productId: c.handlebar.id } });
    await confirmOfferMatch(db.prisma, staff, { offerId: rival.id, variantId: variant.id });
    expect(await db.prisma.offer.findUniqueOrThrow({ where: { id: rival.id } })).toMatchObject({ productId: c.handlebar.id, variantId: variant.id, matchStatus: 'CONFIRMED' });
    await expect(confirmOfferMatch(db.prisma, staff, { offerId: rival.id, variantId: 'missing' })).rejects.toMatchObject({ kind: 'not_found' });
  });
});
