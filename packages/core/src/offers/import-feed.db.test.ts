import { seedCheckoutSettings } from '@tandem/db/seed';
import { createTestDatabase, type TestDatabase } from '@tandem/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importOfferFeed } from './import-feed.ts';
import { offerCatalog, partnerCsv, partnerSource, type OfferCatalog } from './testing/offer-fixtures.ts';

let db: TestDatabase;
let catalog: OfferCatalog;

beforeAll(async () => {
  db = await createTestDatabase();
  await seedCheckoutSettings(db.prisma);
  catalog = await offerCatalog(db.prisma);
});
afterAll(() => db.close());

const offersOf = (sourceSlug: string) => db.prisma.offer.findMany({ where: { source: { slug: sourceSlug } }, orderBy: { externalId: 'asc' } });

describe('importOfferFeed', () => {
  it('writes an audit entry with the report in the import’s transaction when a staff member imports', async () => {
    const actor = { id: 'staff-9', email: 'feeds@example.test' };
    const report = await importOfferFeed(db.prisma, { source: { ...partnerSource, slug: 'audited-partner' }, format: 'CSV', text: partnerCsv(catalog), full: true }, { actor });
    const entries = await db.prisma.auditEntry.findMany({ where: { entityId: report.id } });
    expect(entries).toMatchObject([{ action: 'catalog.offers.import', entityType: 'OfferFeedImport', actorEmail: actor.email, before: null, after: expect.objectContaining({ rowCount: 9, createdCount: 5 }) }]);
    await db.prisma.offerSource.delete({ where: { slug: 'audited-partner' } });
  });

  it('imports the good rows and reports every bad row with its row number and reasons', async () => {
    const report = await importOfferFeed(db.prisma, { source: partnerSource, format: 'CSV', text: partnerCsv(catalog), full: true });
    expect(report).toMatchObject({ rowCount: 9, createdCount: 5, updatedCount: 0, removedCount: 0, rejectedCount: 4 });
    expect(report.rejectedRows).toEqual([
      { row: 7, externalId: 'P-6', reasons: [expect.stringMatching(/^price: "cheap" is not an amount/)] },
      { row: 8, externalId: 'P-7', reasons: [expect.stringMatching(/^gtin: "4006381333932" is not a valid GTIN/)] },
      { row: 9, externalId: 'P-8', reasons: ['link: is required'] },
      { row: 10, externalId: 'P-1', reasons: ['id: "P-1" already appeared on row 2'] },
    ]);
    const offers = await offersOf(partnerSource.slug);
    expect(offers.map((o) => o.externalId)).toEqual(['P-1', 'P-2', 'P-4', 'P-5', `SEL-${catalog.tag}-GEL`]);
    expect(offers[0]).toMatchObject({ title: 'Vector cassette, 12 speed', gtin: '04006381333931', priceAmount: 11_900, shippingAmount: 495, currency: 'EUR', availability: 'IN_STOCK', status: 'ACTIVE' });
    expect(offers[4]).toMatchObject({ title: 'Sella "Comfort" saddle', availability: 'BACKORDER', shippingAmount: 300 });
  });

  it('matches by GTIN, MPN with brand, SKU and title, each with its confidence; weak matches wait for review', async () => {
    const byId = new Map((await offersOf(partnerSource.slug)).map((o) => [o.externalId, o]));
    expect(byId.get('P-1')).toMatchObject({ productId: catalog.cassette.id, matchMethod: 'GTIN', matchConfidence: 1, matchStatus: 'AUTO' });
    expect(byId.get('P-2')).toMatchObject({ productId: catalog.handlebar.id, matchMethod: 'MPN', matchConfidence: 0.95, matchStatus: 'AUTO' });
    expect(byId.get(`SEL-${catalog.tag}-GEL`)).toMatchObject({ productId: catalog.saddle.id, matchMethod: 'SKU', matchConfidence: 0.9, matchStatus: 'AUTO' });
    expect(byId.get('P-4')).toMatchObject({ productId: catalog.chainring.id, matchMethod: 'TITLE', matchConfidence: 1, matchStatus: 'AUTO' });
    const weak = byId.get('P-5');
    expect(weak).toMatchObject({ productId: catalog.chainring.id, matchMethod: 'TITLE', matchStatus: 'NEEDS_REVIEW' });
    expect(weak?.matchConfidence).toBeGreaterThanOrEqual(0.3);
    expect(weak?.matchConfidence).toBeLessThan(0.8);
  });

  it('updates instead of duplicating on a re-import, and a full feed removes what it no longer lists', async () => {
    const again = await importOfferFeed(db.prisma, { source: partnerSource, format: 'CSV', text: partnerCsv(catalog, { cassettePrice: '115.00 EUR' }), full: true });
    expect(again).toMatchObject({ createdCount: 0, updatedCount: 5, removedCount: 0, rejectedCount: 4 });
    expect(await db.prisma.offer.count({ where: { source: { slug: partnerSource.slug } } })).toBe(5);
    expect((await offersOf(partnerSource.slug))[0]?.priceAmount).toBe(11_500);

    const shorter = partnerCsv(catalog).split('\r\n').filter((line) => !line.startsWith('P-2,')).join('\n');
    const removal = await importOfferFeed(db.prisma, { source: partnerSource, format: 'CSV', text: shorter, full: true });
    expect(removal).toMatchObject({ createdCount: 0, updatedCount: 4, removedCount: 1 });
    expect((await offersOf(partnerSource.slug)).find((o) => o.externalId === 'P-2')?.status).toBe('REMOVED');

    const back = await importOfferFeed(db.prisma, { source: partnerSource, format: 'CSV', text: partnerCsv(catalog), full: true });
    expect(back).toMatchObject({ createdCount: 0, updatedCount: 5, removedCount: 0 });
    expect((await offersOf(partnerSource.slug)).every((o) => o.status === 'ACTIVE')).toBe(true);
    expect(await db.prisma.offerFeedImport.count()).toBe(4);
  });

  it('leaves offers missing from a partial feed alone, and keeps offers whose row was rejected this time', async () => {
    const partial = await importOfferFeed(db.prisma, { source: partnerSource, format: 'JSON', full: false, text: JSON.stringify([{ id: 'P-9', title: 'New bottle', price: 9.5, currency: 'EUR', link: 'https://partner.example/p9' }]) });
    expect(partial).toMatchObject({ createdCount: 1, removedCount: 0, rowCount: 1 });
    const typo = await importOfferFeed(db.prisma, { source: partnerSource, format: 'JSON', full: true, text: JSON.stringify({ items: [{ id: 'P-9', title: 'New bottle', price: 'oops', link: 'https://partner.example/p9' }] }) });
    expect(typo).toMatchObject({ rejectedCount: 1, removedCount: 5 });
    expect((await offersOf(partnerSource.slug)).find((o) => o.externalId === 'P-9')?.status).toBe('ACTIVE');
  });

  it('runs two imports of one feed at once one after the other, leaving one offer per row', async () => {
    const source = { ...partnerSource, slug: 'twice-at-once' };
    const reports = await Promise.all([1, 2].map(() => importOfferFeed(db.prisma, { source, format: 'CSV', text: partnerCsv(catalog), full: true })));
    expect(reports.map((r) => r.createdCount).sort()).toEqual([0, 5]);
    expect(await db.prisma.offer.count({ where: { source: { slug: source.slug } } })).toBe(5);
  });

  it('refuses a feed that cannot be read at all, and imports nothing from it', async () => {
    const before = await db.prisma.offerFeedImport.count();
    await expect(importOfferFeed(db.prisma, { source: partnerSource, format: 'JSON', full: true, text: '{"items": [' })).rejects.toThrow(/not valid JSON/);
    await expect(importOfferFeed(db.prisma, { source: partnerSource, format: 'CSV', full: true, text: 'title,price\nx,"1' })).rejects.toThrow(/no "id" column|never closed/);
    expect(await db.prisma.offerFeedImport.count()).toBe(before);
  });
});
