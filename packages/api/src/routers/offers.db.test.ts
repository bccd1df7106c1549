import { seedCheckoutSettings } from '@tandem/db/seed';
import { createTestDatabase, makeCategory, makeProduct, type TestDatabase } from '@tandem/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiServices } from '../context.ts';
import { callerFor, signedInCustomer, testServices, type Caller } from '../testing/callers.ts';

let db: TestDatabase;
let services: ApiServices;
let admin: Caller;
let shopper: Caller;

const source = { slug: 'velo-partner', name: 'Velo Partner', kind: 'PARTNER' as const, homepageUrl: 'https://partner.example' };
// A GTIN-13 with a valid check digit.
const GTIN = '4006381333931';
const feed = [
  'id,title,gtin,price,shipping,link',
  `A,Cheap pump,${GTIN},25.00 EUR,NL:::2.00 EUR,https://partner.example/a`,
  'B,Unknown gizmo zzz,,9.99 EUR,,https://partner.example/b',
  'C,Bad row,,free,,https://partner.example/c',
].join('\n');

beforeAll(async () => {
  db = await createTestDatabase();
  await seedCheckoutSettings(db.prisma);
  const category = await makeCategory(db.prisma, 'pumps');
  // €30 + €4.95 NL shipping (under the €50 free-shipping threshold).
  await makeProduct(db.prisma, { slug: 'track-pump', title: 'Track Pump', categoryId: category.id, variants: [{ priceAmount: 3_000, gtin: GTIN, weightGrams: 900 }] });
  services = testServices(db.prisma);
  admin = callerFor(services, { sessionToken: (await signedInCustomer(db.prisma, ['CUSTOMER', 'ADMIN'])).sessionToken });
  shopper = callerFor(services, { sessionToken: (await signedInCustomer(db.prisma)).sessionToken });
});
afterAll(() => db.close());

describe('offers router', () => {
  it('imports a feed for an administrator and returns its report', async () => {
    const report = await admin.offers.importFeed({ source, format: 'CSV', text: feed });
    expect(report).toMatchObject({ source: { slug: 'velo-partner', kind: 'PARTNER' }, full: true, rowCount: 3, createdCount: 2, rejectedCount: 1, matchedCount: 1 });
    expect(report.rejectedRows).toEqual([{ row: 4, externalId: 'C', reasons: [expect.stringMatching(/^price: "free"/)] }]);
    expect((await admin.offers.imports({})).map((r) => r.id)).toEqual([report.id]);
  });

  it('shows every shopper the compare-prices table sorted by total with the lowest flagged', async () => {
    const table = await callerFor(services).offers.forProduct({ slug: 'track-pump' });
    expect(table.offers.map((o) => [o.source.kind, o.total.amount, o.isLowest])).toEqual([['PARTNER', 2_700, true], ['STORE', 3_495, false]]);
    await expect(callerFor(services).offers.forProduct({ slug: 'no-such-pump' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('gives administrators the undercut report and the review queue, and lets them decide', async () => {
    expect(await admin.offers.undercut({})).toMatchObject([{ product: { slug: 'track-pump' }, storeTotal: { amount: 3_495 }, gap: { amount: 795 }, gapPercent: 22.7 }]);
    const queue = await admin.offers.reviewQueue({});
    const gizmo = queue.find((item) => item.externalId === 'B');
    expect(gizmo).toMatchObject({ candidate: null, method: null });
    await expect(admin.offers.confirmMatch({ offerId: gizmo!.offerId })).rejects.toMatchObject({ code: 'BAD_REQUEST', message: expect.stringMatching(/say which product/) });
    await admin.offers.rejectMatch({ offerId: gizmo!.offerId });
    expect((await admin.offers.reviewQueue({})).some((item) => item.externalId === 'B')).toBe(false);
    await expect(admin.offers.rejectMatch({ offerId: 'missing' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('validates input at the edge with readable errors', async () => {
    await expect(admin.offers.importFeed({ source: { ...source, homepageUrl: 'javascript:alert(1)' }, format: 'CSV', text: feed })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      message: expect.stringMatching(/homepage must be an http\(s\) URL/),
    });
    await expect(admin.offers.importFeed({ source, format: 'XML' as 'CSV', text: feed })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    await expect(admin.offers.importFeed({ source, format: 'JSON', text: '[1,' })).rejects.toMatchObject({ code: 'BAD_REQUEST', message: expect.stringMatching(/not valid JSON/) });
  });

  it('keeps the feed tools for administrators', async () => {
    const anonymous = callerFor(services);
    await expect(shopper.offers.importFeed({ source, format: 'CSV', text: feed })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(anonymous.offers.importFeed({ source, format: 'CSV', text: feed })).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
    for (const call of [() => shopper.offers.imports({}), () => shopper.offers.reviewQueue({}), () => shopper.offers.undercut({}), () => shopper.offers.rejectMatch({ offerId: 'x' }), () => shopper.offers.confirmMatch({ offerId: 'x' })]) {
      await expect(call()).rejects.toMatchObject({ code: 'FORBIDDEN' });
    }
  });
});
