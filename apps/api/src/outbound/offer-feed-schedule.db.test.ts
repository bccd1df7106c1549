import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { createOffersService, OFFER_FEED_JOB, offerFeedJobHandlers, queueDueOfferFeeds } from '@tandem/core/offers';
import { createTestDatabase, makeCategory, makeProduct, type TestDatabase } from '@tandem/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADDRESS_NOT_ALLOWED } from './guarded-get.ts';
import { createPartnerContentFetcher } from './partner-content-fetcher.ts';

let db: TestDatabase;
let feedServer: http.Server;
let feedBase: string;
const files = new Map<string, { status?: number; type: string; body: string }>();
/** Requests the feed server received: a refused fetch must not add one. */
let hits = 0;
const actor = { id: 'staff-1', email: 'catalog@example.test' };
const HOUR = 3_600_000;

const csv = ['id,title,mpn,price,link', 'R-1,Rival lamp,LAMP-1,38.00 EUR,https://rival.example/r1', 'R-2,Rival horn,HORN-1,45.00 EUR,https://rival.example/r2', 'R-3,Bad price,,cheap,https://rival.example/r3'].join('\n');
const source = (slug: string) => ({ slug, name: `Rival ${slug}`, kind: 'COMPETITOR' as const, homepageUrl: `https://${slug}.example` });

beforeAll(async () => {
  db = await createTestDatabase();
  const category = await makeCategory(db.prisma, 'lights');
  await makeProduct(db.prisma, { slug: 'beam-lamp', title: 'Beam Lamp', categoryId: category.id, variants: [{ priceAmount: 4_000, mpn: 'LAMP-1' }] });
  await makeProduct(db.prisma, { slug: 'loud-horn', title: 'Loud Horn', categoryId: category.id, variants: [{ priceAmount: 6_000, mpn: 'HORN-1' }] });
  feedServer = http.createServer((req, res) => {
    hits++;
    const file = files.get(req.url ?? '');
    if (!file) return void res.writeHead(404).end();
    res.writeHead(file.status ?? 200, { 'content-type': file.type }).end(file.body);
  });
  await new Promise<void>((resolve) => feedServer.listen(0, '127.0.0.1', resolve));
  feedBase = `http://127.0.0.1:${(feedServer.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((resolve) => feedServer.close(resolve));
  await db.close();
});

/** Runs every queued fetch job of `slug` with the given fetcher, as the API's worker would; returns how many ran. */
async function runQueuedFetches(slug: string, options: { allowPrivateHosts: boolean; now?: Date; failures?: string[] }) {
  const s = await db.prisma.offerSource.findUniqueOrThrow({ where: { slug } });
  const jobs = await db.prisma.job.findMany({ where: { kind: OFFER_FEED_JOB, key: `offer-feed:${s.id}`, state: 'PENDING' } });
  const handler = offerFeedJobHandlers(db.prisma, {
    fetchFeed: createPartnerContentFetcher({ allowPrivateHosts: options.allowPrivateHosts }),
    ...(options.now ? { now: () => options.now! } : {}),
    onFailure: (sourceSlug, error) => options.failures?.push(`${sourceSlug}: ${(error as Error).message}`),
  })[OFFER_FEED_JOB]!;
  for (const job of jobs) {
    await handler(job.payload, { id: job.id } as never);
    await db.prisma.job.update({ where: { id: job.id }, data: { state: 'DONE' } });
  }
  return jobs.length;
}

const scheduleOf = async (slug: string) => (await createOffersService(db.prisma).feedSchedules()).find((s) => s.source.slug === slug)!;

describe('offer feeds by URL on a schedule', () => {
  it('queues one fetch when registered, imports it through the guarded GET and schedules the next', async () => {
    files.set('/rival.csv', { type: 'text/csv; charset=utf-8', body: csv });
    const offers = createOffersService(db.prisma);
    const registeredAt = new Date();
    await offers.setFeedSchedule(actor, { source: source('rival-a'), url: `${feedBase}/rival.csv`, format: 'CSV', full: true, everyHours: 12 });
    expect(await scheduleOf('rival-a')).toMatchObject({ state: 'QUEUED', lastOk: null, everyHours: 12 });
    // "Fetch now" while one is queued, and the sweep, add nothing.
    expect(await offers.fetchFeedNow('rival-a')).toEqual({ queued: false });
    expect(await queueDueOfferFeeds(db.prisma, new Date(Date.now() + 30 * 60_000))).toBe(0);

    const fetchedAt = new Date(registeredAt.getTime() + 1_000);
    expect(await runQueuedFetches('rival-a', { allowPrivateHosts: true, now: fetchedAt })).toBe(1);
    const schedule = await scheduleOf('rival-a');
    expect(schedule).toMatchObject({
      state: 'IDLE', lastOk: true, lastError: null, fetchedBytes: Buffer.byteLength(csv), lastFetchedAt: fetchedAt.toISOString(),
      nextFetchAt: new Date(fetchedAt.getTime() + 12 * HOUR).toISOString(),
      lastImport: { rowCount: 3, createdCount: 2, matchedCount: 2, rejectedCount: 1, rejectedRows: [{ externalId: 'R-3' }] },
    });
    expect(await db.prisma.offer.count({ where: { source: { slug: 'rival-a' }, status: 'ACTIVE' } })).toBe(2);
    expect(await db.prisma.auditEntry.findFirst({ where: { action: 'catalog.offers.schedule' } })).toMatchObject({ actorEmail: actor.email, after: { url: `${feedBase}/rival.csv`, everyHours: 12 } });

    // Not due before its time; due (once, however often the sweep runs) after it.
    expect(await queueDueOfferFeeds(db.prisma, new Date(fetchedAt.getTime() + 11 * HOUR))).toBe(0);
    const later = new Date(fetchedAt.getTime() + 12 * HOUR);
    expect(await Promise.all([queueDueOfferFeeds(db.prisma, later), queueDueOfferFeeds(db.prisma, later)]).then(([a, b]) => a + b)).toBe(1);
    expect(await runQueuedFetches('rival-a', { allowPrivateHosts: true, now: later })).toBe(1);
    expect(await scheduleOf('rival-a')).toMatchObject({ state: 'IDLE', lastOk: true, lastImport: { createdCount: 0, updatedCount: 2 } });
  });

  it('records why a fetch failed, logs it, and never reaches a private address unless allowed', async () => {
    const offers = createOffersService(db.prisma);
    const failures: string[] = [];
    files.set('/rival.csv', { type: 'text/csv', body: csv });
    await offers.setFeedSchedule(actor, { source: source('rival-b'), url: `${feedBase}/rival.csv`, format: 'CSV', full: true, everyHours: 24 });
    const before = hits;
    await runQueuedFetches('rival-b', { allowPrivateHosts: false, failures });
    expect(hits).toBe(before);
    expect(await scheduleOf('rival-b')).toMatchObject({ state: 'IDLE', lastOk: false, lastError: ADDRESS_NOT_ALLOWED, lastImport: null });
    expect(failures).toEqual([`rival-b: ${ADDRESS_NOT_ALLOWED}`]);

    // A sign-in page instead of the feed, and a server error, are refused before importing.
    files.set('/page.csv', { type: 'text/html; charset=utf-8', body: '<html>sign in</html>' });
    await offers.setFeedSchedule(actor, { source: source('rival-b'), url: `${feedBase}/page.csv`, format: 'CSV', full: true, everyHours: 24 });
    await runQueuedFetches('rival-b', { allowPrivateHosts: true, failures });
    expect(await scheduleOf('rival-b')).toMatchObject({ lastOk: false, lastError: 'The server sent text/html; charset=utf-8, not a CSV feed' });
    files.set('/broken.json', { status: 500, type: 'application/json', body: '{}' });
    await offers.setFeedSchedule(actor, { source: source('rival-b'), url: `${feedBase}/broken.json`, format: 'JSON', full: true, everyHours: 24 });
    await runQueuedFetches('rival-b', { allowPrivateHosts: true, failures });
    expect((await scheduleOf('rival-b')).lastError).toMatch(/answered 500/);
    // An unreadable feed says why, in the feed's words.
    files.set('/bad.json', { type: 'application/json', body: '{"items": 3}' });
    await offers.setFeedSchedule(actor, { source: source('rival-b'), url: `${feedBase}/bad.json`, format: 'JSON', full: true, everyHours: 24 });
    await runQueuedFetches('rival-b', { allowPrivateHosts: true, failures });
    expect((await scheduleOf('rival-b')).lastError).toMatch(/must be an array of offers/);
    expect(failures).toHaveLength(4);
    expect(await db.prisma.offer.count({ where: { source: { slug: 'rival-b' } } })).toBe(0);
  });

  it('fetches again on "Fetch now" once idle, and stops when the schedule is removed', async () => {
    const offers = createOffersService(db.prisma);
    await offers.setFeedSchedule(actor, { source: source('rival-c'), url: `${feedBase}/rival.csv`, format: 'CSV', full: true, everyHours: 6 });
    await runQueuedFetches('rival-c', { allowPrivateHosts: true });
    expect(await offers.fetchFeedNow('rival-c')).toEqual({ queued: true });
    expect(await offers.fetchFeedNow('rival-c')).toEqual({ queued: false });
    await offers.removeFeedSchedule(actor, 'rival-c');
    // The queued job finds no schedule and does nothing; the offers stay.
    expect(await runQueuedFetches('rival-c', { allowPrivateHosts: true })).toBe(1);
    expect(await scheduleOf('rival-c')).toBeUndefined();
    expect(await db.prisma.offer.count({ where: { source: { slug: 'rival-c' }, status: 'ACTIVE' } })).toBe(2);
    await expect(offers.fetchFeedNow('rival-c')).rejects.toMatchObject({ kind: 'not_found' });
  });

  it('gives up a fetch lost with its process after an hour, and fetches the feed again', async () => {
    const offers = createOffersService(db.prisma);
    await offers.setFeedSchedule(actor, { source: source('rival-d'), url: `${feedBase}/rival.csv`, format: 'CSV', full: true, everyHours: 6 });
    // The process took the job and stopped while downloading: the job is gone, the state stays.
    const s = await db.prisma.offerSource.findUniqueOrThrow({ where: { slug: 'rival-d' } });
    await db.prisma.job.updateMany({ where: { key: `offer-feed:${s.id}` }, data: { state: 'DEAD' } });
    await db.prisma.offerFeedSchedule.update({ where: { sourceId: s.id }, data: { state: 'DOWNLOADING', stateChangedAt: new Date() } });
    expect(await queueDueOfferFeeds(db.prisma, new Date(Date.now() + 30 * 60_000))).toBe(0);
    expect((await scheduleOf('rival-d')).state).toBe('DOWNLOADING');
    await queueDueOfferFeeds(db.prisma, new Date(Date.now() + 2 * HOUR));
    expect(await scheduleOf('rival-d')).toMatchObject({ state: 'QUEUED', lastOk: false, lastError: expect.stringMatching(/did not finish/) });
    await runQueuedFetches('rival-d', { allowPrivateHosts: true });
    expect(await scheduleOf('rival-d')).toMatchObject({ state: 'IDLE', lastOk: true, lastError: null });
  });
});
