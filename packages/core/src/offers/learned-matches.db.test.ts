import { seedCheckoutSettings } from '@tandem/db/seed';
import { createTestDatabase, type TestDatabase } from '@tandem/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importOfferFeed } from './import-feed.ts';
import { confirmOfferMatch } from './review-queue.ts';
import { competitorSource, offerCatalog, partnerCsv, partnerSource, type OfferCatalog } from './testing/offer-fixtures.ts';

let db: TestDatabase;
let c: OfferCatalog;
const staff = { id: 'staff-1', email: 'catalog@example.test' };
// A GTIN-13 with a valid check digit that no store variant carries.
const UNKNOWN_GTIN = '5901234123457';

const offerOf = (externalId: string) => db.prisma.offer.findFirstOrThrow({ where: { externalId } });

beforeAll(async () => {
  db = await createTestDatabase();
  await seedCheckoutSettings(db.prisma);
  c = await offerCatalog(db.prisma);
  await importOfferFeed(db.prisma, { source: partnerSource, format: 'CSV', text: `${partnerCsv(c)}\r\nP-9,Mystery saddle bag,${UNKNOWN_GTIN},,,20.00 EUR,,in stock,,https://partner.example/p9`, full: true });
});
afterAll(() => db.close());

describe('learned matches', () => {
  it('matches another feed’s offer of the same title or GTIN to the product an administrator confirmed', async () => {
    const weak = await offerOf('P-5');
    const bag = await offerOf('P-9');
    expect([weak.matchStatus, bag.matchStatus]).toEqual(['NEEDS_REVIEW', 'UNMATCHED']);
    await confirmOfferMatch(db.prisma, staff, { offerId: weak.id });
    await confirmOfferMatch(db.prisma, staff, { offerId: bag.id, productId: c.saddle.id });

    const rival = JSON.stringify([
      { id: 'R-5', title: '  Narrow chain ring  FOR gravel', price: '29.00 EUR', link: 'https://rival.example/5' },
      { id: 'R-9', title: 'Saddle bag, black', gtin: UNKNOWN_GTIN, price: '19.00 EUR', link: 'https://rival.example/9' },
    ]);
    const report = await importOfferFeed(db.prisma, { source: competitorSource, format: 'JSON', text: rival, full: true });
    expect(report).toMatchObject({ matchedCount: 2, reviewCount: 0 });
    expect(await offerOf('R-5')).toMatchObject({ productId: c.chainring.id, matchStatus: 'AUTO', matchMethod: 'MANUAL', matchConfidence: 0.9 });
    expect(await offerOf('R-9')).toMatchObject({ productId: c.saddle.id, matchStatus: 'AUTO', matchMethod: 'MANUAL', matchConfidence: 1 });
  });
});
