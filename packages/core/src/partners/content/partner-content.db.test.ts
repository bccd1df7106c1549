import { mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createTestDatabase, makeCategory, makeProduct, type TestDatabase } from '@tandem/db/testing';
import { fixtures } from '@tandem/media/testing';
import { PartnerItemFields } from '@tandem/validators';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makePartner } from '../testing/partner-fixtures.ts';
import type { PartnerContentFetcher } from './content-fetcher.ts';
import { ImpressionCounter, outboundClicksByPartner, partnerItemStats, recordOutboundClick } from './content-stats.ts';
import { importPartnerFeed } from './import-partner-feed.ts';
import { partnerFeedJobHandlers, setPartnerFeed, PARTNER_FEED_JOB } from './feed-jobs.ts';
import { reviewPartnerItem } from './review-items.ts';
import { savePartnerItem } from './save-item.ts';
import { partnerItemsForCategory, partnerItemsForProduct } from './shown-items.ts';

const PNG = fixtures.png.bytes;
const staff = { id: 'staff-1', email: 'marketing@tandem.example' };
let db: TestDatabase;
let mediaDir: string;
// A partner's server, in memory: core only sees the fetcher port. The real fetcher, with its
// address policy and deadline, is tested at the edge (apps/api/src/outbound).
const feedBase = 'http://feeds.jerseys.example';
const files = new Map<string, { type: string; body: string | Uint8Array }>();
const fetchContent: PartnerContentFetcher = async (url, maxBytes) => {
  const file = files.get(new URL(url).pathname);
  if (!file) throw new Error(`${new URL(url).host} answered 404`);
  const bytes = typeof file.body === 'string' ? new TextEncoder().encode(file.body) : file.body;
  if (bytes.byteLength > maxBytes) throw new Error(`Larger than ${maxBytes} bytes`);
  return { bytes, contentType: file.type };
};
const refusePrivate: PartnerContentFetcher = async (url) => {
  throw new Error(`refused to fetch from the private address ${new URL(url).hostname}`);
};
let bikeId: string;
let helmetId: string;
let jerseyShop: Awaited<ReturnType<typeof makePartner>>;

const fields = (over: Partial<Record<string, unknown>> = {}) => PartnerItemFields.parse({ title: 'Club jersey', priceAmount: 5_900, currency: 'EUR', url: 'https://jerseys.example/club', categories: ['road'], ...over });
const approve = (itemId: string) => reviewPartnerItem(db.prisma, staff, { itemId, decision: 'APPROVED' });

beforeAll(async () => {
  db = await createTestDatabase();
  mediaDir = await mkdtemp(path.join(os.tmpdir(), 'tandem-partner-media-'));
  const bikes = await makeCategory(db.prisma, 'bikes');
  const road = await makeCategory(db.prisma, 'road', bikes);
  const helmets = await makeCategory(db.prisma, 'helmets');
  bikeId = (await makeProduct(db.prisma, { slug: 'aero-road-bike', title: 'Aero road bike', categoryId: road.id })).id;
  helmetId = (await makeProduct(db.prisma, { slug: 'vault-helmet', title: 'Vault helmet', categoryId: helmets.id })).id;
  jerseyShop = await makePartner(db.prisma, 'Jersey Shop');
});
afterAll(async () => {
  await db.close();
  await rm(mediaDir, { recursive: true, force: true });
});

describe('moderation and visibility', () => {
  it('shows an item only once staff approve it, and only while its partner is approved', async () => {
    const { id } = await savePartnerItem(db.prisma, { partnerId: jerseyShop.id, fields: fields(), mediaDir, image: { bytes: PNG, contentType: 'image/png' } });
    expect(await partnerItemsForProduct(db.prisma, bikeId, 3)).toEqual([]);
    await approve(id);
    const shown = await partnerItemsForProduct(db.prisma, bikeId, 3);
    expect(shown).toMatchObject([{ id, title: 'Club jersey', price: { amount: 5_900, currency: 'EUR' }, partner: { name: 'Jersey Shop' } }]);
    expect(shown[0]!.imageUrl).toMatch(new RegExp(`^/media/partner-content/${jerseyShop.id}/[0-9a-f]{32}\\.png$`));
    const audit = await db.prisma.auditEntry.findFirst({ where: { entityId: id, action: 'partners.content.approve' } });
    expect(audit?.actorEmail).toBe(staff.email);

    await db.prisma.partner.update({ where: { id: jerseyShop.id }, data: { status: 'SUSPENDED' } });
    expect(await partnerItemsForProduct(db.prisma, bikeId, 3)).toEqual([]);
    await db.prisma.partner.update({ where: { id: jerseyShop.id }, data: { status: 'APPROVED' } });
    expect(await partnerItemsForProduct(db.prisma, bikeId, 3)).toHaveLength(1);
  });

  it('sends a changed item back for review, but keeps the review when nothing changed', async () => {
    const { id } = await savePartnerItem(db.prisma, { partnerId: jerseyShop.id, fields: fields({ title: 'Team jersey', categories: ['bikes'] }), mediaDir });
    await approve(id);
    expect((await savePartnerItem(db.prisma, { partnerId: jerseyShop.id, itemId: id, fields: fields({ title: 'Team jersey', categories: ['bikes'] }), mediaDir })).status).toBe('APPROVED');
    expect((await savePartnerItem(db.prisma, { partnerId: jerseyShop.id, itemId: id, fields: fields({ title: 'Team jersey', categories: ['bikes'], priceAmount: 1 }), mediaDir })).status).toBe('PENDING');
    await approve(id);
  });

  it("does not let a partner change another partner's item or upload something that is not an image", async () => {
    const other = await makePartner(db.prisma, 'Other Shop');
    const [mine] = await db.prisma.partnerContentItem.findMany({ where: { partnerId: jerseyShop.id }, take: 1 });
    await expect(savePartnerItem(db.prisma, { partnerId: other.id, itemId: mine!.id, fields: fields(), mediaDir })).rejects.toThrow(/^No Item/);
    await expect(savePartnerItem(db.prisma, { partnerId: other.id, fields: fields(), mediaDir, image: { bytes: new TextEncoder().encode('<svg onload=alert(1)>'), contentType: 'image/png' } })).rejects.toThrow(/PNG, JPEG and WebP/);
  });
});

describe('matching', () => {
  it('puts items of the product category before the parent category and leaves unrelated pages empty', async () => {
    const shown = await partnerItemsForProduct(db.prisma, bikeId, 3);
    expect(shown.map((i) => i.title)).toEqual(['Club jersey', 'Team jersey']);
    expect(await partnerItemsForProduct(db.prisma, helmetId, 3)).toEqual([]);
    expect((await partnerItemsForCategory(db.prisma, 'bikes', 3)).map((i) => i.title)).toEqual(['Team jersey']);
  });

  it('matches keywords against the product title', async () => {
    const { id } = await savePartnerItem(db.prisma, { partnerId: jerseyShop.id, fields: fields({ title: 'Helmet cap', categories: [], keywords: ['helmet'] }), mediaDir });
    await approve(id);
    expect((await partnerItemsForProduct(db.prisma, helmetId, 3)).map((i) => i.title)).toEqual(['Helmet cap']);
  });
});

describe('feed import', () => {
  it('imports good items with downloaded images and reports each bad one with its reasons', async () => {
    files.set('/img/ok.png', { type: 'image/png', body: PNG });
    files.set('/img/fake.png', { type: 'image/png', body: '<html>not an image</html>' });
    const feed = JSON.stringify({
      items: [
        { id: 'J1', title: 'Merino base layer', price: '45.00 EUR', link: 'https://jerseys.example/j1', image_link: `${feedBase}/img/ok.png`, categories: ['road'] },
        { id: 'J2', title: 'No price', link: 'https://jerseys.example/j2' },
        { id: 'J3', title: 'Evil link', price: '1 EUR', link: 'javascript:alert(1)' },
        { id: 'J4', title: 'Fake image', price: '5 EUR', link: 'https://jerseys.example/j4', image_link: `${feedBase}/img/fake.png` },
        { id: 'J5', title: 'Unknown category', price: '5 EUR', link: 'https://jerseys.example/j5', categories: ['space'] },
        'not an object',
      ],
    });
    const report = await importPartnerFeed(db.prisma, jerseyShop.id, feed, { mediaDir, fetchContent });
    expect(report).toMatchObject({ itemCount: 6, createdCount: 1, rejectedCount: 5 });
    expect(report.rejectedRows.map((r) => [r.row, r.externalId, r.reasons.join('; ')])).toEqual([
      [2, 'J2', expect.stringMatching(/^price:/)],
      [3, 'J3', expect.stringMatching(/^link:/)],
      [4, 'J4', expect.stringMatching(/^image_link: .*PNG, JPEG and WebP/)],
      [5, 'J5', expect.stringMatching(/space/)],
      [6, null, expect.any(String)],
    ]);
    const item = await db.prisma.partnerContentItem.findFirstOrThrow({ where: { partnerId: jerseyShop.id, externalId: 'J1' } });
    expect(item).toMatchObject({ status: 'PENDING', origin: 'FEED', priceAmount: 4_500, url: 'https://jerseys.example/j1' });
    expect(item.imageUrl).toMatch(/^\/media\/partner-content\//);
    expect(await readdir(path.join(mediaDir, 'partner-content', jerseyShop.id))).toContain(path.basename(item.imageUrl!));

    const again = await importPartnerFeed(db.prisma, jerseyShop.id, JSON.stringify([]), { mediaDir, fetchContent });
    expect(again.removedCount).toBe(1);
  });

  it('fetches through the job queue and stores the report, or why the fetch failed', async () => {
    files.set('/feed.json', { type: 'application/json', body: JSON.stringify([{ id: 'F1', title: 'Cap', price: '9 EUR', link: 'https://jerseys.example/cap' }]) });
    await setPartnerFeed(db.prisma, jerseyShop.id, `${feedBase}/feed.json`);
    const job = await db.prisma.job.findFirstOrThrow({ where: { kind: PARTNER_FEED_JOB, key: `partner-feed:${jerseyShop.id}` } });
    const feedOf = () => db.prisma.partnerContentFeed.findUniqueOrThrow({ where: { partnerId: jerseyShop.id } });
    await partnerFeedJobHandlers(db.prisma, { mediaDir, fetchContent: refusePrivate })[PARTNER_FEED_JOB]!(job.payload, { id: job.id } as never);
    expect((await feedOf()).lastStatus).toMatch(/private address/);
    await partnerFeedJobHandlers(db.prisma, { mediaDir, fetchContent })[PARTNER_FEED_JOB]!(job.payload, { id: job.id } as never);
    expect(await feedOf()).toMatchObject({ lastStatus: 'ok', lastReport: { createdCount: 1, rejectedCount: 0 } });
  });

});

describe('outbound clicks and statistics', () => {
  it('redirects only to the stored URL of a shown item and counts the click', async () => {
    const [club] = await partnerItemsForProduct(db.prisma, bikeId, 1);
    expect(await recordOutboundClick(db.prisma, club!.id)).toBe('https://jerseys.example/club');
    expect(await recordOutboundClick(db.prisma, 'no-such-item')).toBeNull();
    const pending = await db.prisma.partnerContentItem.findFirstOrThrow({ where: { status: 'PENDING' } });
    expect(await recordOutboundClick(db.prisma, pending.id)).toBeNull();
    // A stored URL that is not http(s) (written around the validators) is never followed.
    await db.prisma.partnerContentItem.update({ where: { id: club!.id }, data: { url: 'javascript:alert(1)' } });
    expect(await recordOutboundClick(db.prisma, club!.id)).toBeNull();
    await db.prisma.partnerContentItem.update({ where: { id: club!.id }, data: { url: 'https://jerseys.example/club' } });
  });

  it('aggregates impressions in memory and reports impressions, clicks and CTR per item and partner', async () => {
    const [club] = await partnerItemsForProduct(db.prisma, bikeId, 1);
    const counter = new ImpressionCounter();
    for (let i = 0; i < 9; i++) counter.add([club!.id]);
    counter.add(['deleted-item']);
    expect(counter.pending).toBe(2);
    expect(await counter.flush(db.prisma)).toBe(2);
    expect(counter.pending).toBe(0);
    const stats = await partnerItemStats(db.prisma, jerseyShop.id, new Date(Date.now() - 86_400_000));
    // 9 impressions + 1 from nowhere skipped; 1 click from the test above.
    expect(stats.find((s) => s.itemId === club!.id)).toMatchObject({ impressions: 9, clicks: 1, ctr: 1 / 9 });
    expect(await outboundClicksByPartner(db.prisma, new Date(Date.now() - 86_400_000))).toMatchObject([{ name: 'Jersey Shop', clicks: 1, impressions: 9 }]);
  });
});
