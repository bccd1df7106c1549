import { mkdtemp, rm } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { partnerFeedJobHandlers, setPartnerFeed, PARTNER_FEED_JOB } from '@tandem/core/partners';
import { createTestDatabase, type TestDatabase } from '@tandem/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makePartner } from '../partner-fixtures.test-support.ts';
import { ADDRESS_NOT_ALLOWED } from './guarded-get.ts';
import { createPartnerContentFetcher } from './partner-content-fetcher.ts';

let db: TestDatabase;
let mediaDir: string;
let feedServer: http.Server;
let feedBase: string;
const files = new Map<string, { type: string; body: string | Uint8Array }>();
/** Requests the feed server received: a refused fetch must not add one. */
let hits = 0;

beforeAll(async () => {
  db = await createTestDatabase();
  mediaDir = await mkdtemp(path.join(os.tmpdir(), 'tandem-partner-media-'));
  feedServer = http.createServer((req, res) => {
    hits++;
    const file = files.get(req.url ?? '');
    if (!file) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': file.type }).end(file.body);
  });
  await new Promise<void>((resolve) => feedServer.listen(0, '127.0.0.1', resolve));
  feedBase = `http://127.0.0.1:${(feedServer.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((resolve) => feedServer.close(resolve));
  await db.close();
  await rm(mediaDir, { recursive: true, force: true });
});

describe('partner feeds through the guarded fetcher', () => {
  it('fetches through the job queue, bounded, and refuses private addresses unless allowed', async () => {
    const jerseyShop = await makePartner(db.prisma, 'jersey-shop', { name: 'Jersey Shop' });
    files.set('/feed.json', { type: 'application/json', body: JSON.stringify([{ id: 'F1', title: 'Cap', price: '9 EUR', link: 'https://jerseys.example/cap' }]) });
    await setPartnerFeed(db.prisma, jerseyShop.id, `${feedBase}/feed.json`);
    const job = await db.prisma.job.findFirstOrThrow({ where: { kind: PARTNER_FEED_JOB, key: `partner-feed:${jerseyShop.id}` } });
    const strict = partnerFeedJobHandlers(db.prisma, { mediaDir, fetchContent: createPartnerContentFetcher() })[PARTNER_FEED_JOB]!;
    await strict(job.payload, { id: job.id } as never);
    expect((await db.prisma.partnerContentFeed.findUniqueOrThrow({ where: { partnerId: jerseyShop.id } })).lastStatus).toBe(ADDRESS_NOT_ALLOWED);

    const lenient = partnerFeedJobHandlers(db.prisma, { mediaDir, fetchContent: createPartnerContentFetcher({ allowPrivateHosts: true }) })[PARTNER_FEED_JOB]!;
    await lenient(job.payload, { id: job.id } as never);
    const feed = await db.prisma.partnerContentFeed.findUniqueOrThrow({ where: { partnerId: jerseyShop.id } });
    expect(feed).toMatchObject({ lastStatus: 'ok', lastReport: { createdCount: 1, rejectedCount: 0 } });

    files.set('/huge.json', { type: 'application/json', body: `[${' '.repeat(6 * 1024 * 1024)}]` });
    await setPartnerFeed(db.prisma, jerseyShop.id, `${feedBase}/huge.json`);
    await lenient(job.payload, { id: job.id } as never);
    expect((await db.prisma.partnerContentFeed.findUniqueOrThrow({ where: { partnerId: jerseyShop.id } })).lastStatus).toMatch(/Larger than/);
  });

  it('refuses a feed or an image at loopback written as hex IPv4-mapped IPv6, saying only that the address is not allowed', async () => {
    const tricky = await makePartner(db.prisma, 'tricky-feeds', { name: 'Tricky Feeds' });
    const mapped = feedBase.replace('127.0.0.1', '[::ffff:7f00:1]');
    files.set('/admin.html', { type: 'text/html', body: '<form>admin sign-in</form>' });
    await setPartnerFeed(db.prisma, tricky.id, `${mapped}/admin.html`);
    const job = await db.prisma.job.findFirstOrThrow({ where: { kind: PARTNER_FEED_JOB, key: `partner-feed:${tricky.id}` } });
    const before = hits;
    await partnerFeedJobHandlers(db.prisma, { mediaDir, fetchContent: createPartnerContentFetcher() })[PARTNER_FEED_JOB]!(job.payload, { id: job.id } as never);
    expect((await db.prisma.partnerContentFeed.findUniqueOrThrow({ where: { partnerId: tricky.id } })).lastStatus).toBe(ADDRESS_NOT_ALLOWED);
    expect(hits).toBe(before);

    // A feed the store may read (standing in for a public one) whose image points inside.
    const strict = createPartnerContentFetcher();
    const lenient = createPartnerContentFetcher({ allowPrivateHosts: true });
    files.set('/tricky.json', { type: 'application/json', body: JSON.stringify([{ id: 'T1', title: 'Cap', price: '9 EUR', link: 'https://tricky.example/cap', image_link: `${mapped}/secret.png` }]) });
    files.set('/secret.png', { type: 'image/png', body: new Uint8Array([0x89, 0x50, 0x4e, 0x47]) });
    await setPartnerFeed(db.prisma, tricky.id, `${feedBase}/tricky.json`);
    const afterFeed = hits + 1;
    await partnerFeedJobHandlers(db.prisma, { mediaDir, fetchContent: (url, max) => (url.endsWith('/tricky.json') ? lenient : strict)(url, max) })[PARTNER_FEED_JOB]!(job.payload, { id: job.id } as never);
    const feed = await db.prisma.partnerContentFeed.findUniqueOrThrow({ where: { partnerId: tricky.id } });
    expect(feed).toMatchObject({ lastStatus: 'ok', lastReport: { createdCount: 0, rejectedCount: 1, rejectedRows: [{ reasons: [`image_link: ${ADDRESS_NOT_ALLOWED}`] }] } });
    expect(hits).toBe(afterFeed);
  });
});
