import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { checkRingHealth } from '@tandem/core/partners';
import { createTestDatabase, type TestDatabase } from '@tandem/db/testing';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { embeddedAdapters } from '@tandem/api/testing/adapters';
import { makePartner } from './partner-fixtures.test-support.ts';
import { createRingPageFetcher } from './outbound/ring-page-fetcher.ts';
import { ADDRESS_NOT_ALLOWED } from './outbound/guarded-get.ts';
import { createApiServer } from './server.ts';

const STORE = 'http://store.test:3430';
let db: TestDatabase;
let api: http.Server;
let base: string;
let chance = 0;
let ringId: string;
const members: Record<string, string> = {};

// A partner site whose pages the test changes: what each path answers.
const pages = new Map<string, { status: number; body: string; delayMs?: number }>();
const site = http.createServer((req, res) => {
  const page = pages.get(req.url ?? '/') ?? { status: 404, body: 'not here' };
  setTimeout(() => {
    res.statusCode = page.status;
    res.setHeader('Content-Type', 'text/html');
    res.end(page.body);
  }, page.delayMs ?? 0);
});
let siteBase: string;

function listen(server: http.Server): Promise<string> {
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`)));
}

beforeAll(async () => {
  db = await createTestDatabase();
  siteBase = await listen(site);
  const owner = await makePartner(db.prisma, 'ring-owner');
  const ring = await db.prisma.webRing.create({ data: { slug: 'bike-blogs', name: 'Bike blogs', ownerPartnerId: owner.id } });
  ringId = ring.id;
  for (const [position, code] of ['alpha', 'bravo', 'charlie', 'delta'].entries()) {
    const partner = await makePartner(db.prisma, code, { name: code.toUpperCase() });
    const member = await db.prisma.webRingMember.create({ data: { ringId: ring.id, partnerId: partner.id, pageUrl: `${siteBase}/${code}`, position } });
    members[code] = member.id;
  }
  api = createApiServer({ db, mediaDir: '/nonexistent', storefrontUrl: STORE, services: embeddedAdapters(db.prisma), partners: { random: () => chance } });
  base = await listen(api);
});

afterAll(async () => {
  await new Promise((resolve) => api.close(resolve));
  await new Promise((resolve) => site.close(resolve));
  await db.close();
});

beforeEach(async () => {
  await db.prisma.webRingMember.updateMany({ where: { ringId }, data: { health: 'UNKNOWN', healthCheckedAt: null, healthReason: null } });
});

const go = async (path: string) => {
  const response = await fetch(`${base}${path}`, { redirect: 'manual' });
  return { status: response.status, location: response.headers.get('location') };
};

describe('ring navigation over HTTP', () => {
  it('redirects next and prev with wrap-around in both directions', async () => {
    expect(await go('/rings/bike-blogs/next?from=alpha')).toEqual({ status: 302, location: `${siteBase}/bravo` });
    expect(await go('/rings/bike-blogs/next?from=delta')).toEqual({ status: 302, location: `${siteBase}/alpha` });
    expect(await go('/rings/bike-blogs/prev?from=alpha')).toEqual({ status: 302, location: `${siteBase}/delta` });
  });

  it('skips members marked down and never returns to the current site', async () => {
    await db.prisma.webRingMember.updateMany({ where: { id: { in: [members.bravo!, members.charlie!] } }, data: { health: 'DOWN' } });
    expect((await go('/rings/bike-blogs/next?from=alpha')).location).toBe(`${siteBase}/delta`);
    expect((await go('/rings/bike-blogs/prev?from=alpha')).location).toBe(`${siteBase}/delta`);
    chance = 0.99;
    expect((await go('/rings/bike-blogs/random?from=alpha')).location).toBe(`${siteBase}/delta`);
    chance = 0;
  });

  it('sends visitors to the ring index when no other live member exists', async () => {
    await db.prisma.webRingMember.updateMany({ where: { id: { not: members.alpha! }, ringId }, data: { health: 'DOWN' } });
    expect(await go('/rings/bike-blogs/next?from=alpha')).toEqual({ status: 302, location: `${STORE}/rings/bike-blogs` });
    expect((await go('/rings/bike-blogs/next?from=bravo')).location).toBe(`${siteBase}/alpha`);
  });

  it('starts an unknown member at the ring’s beginning and 404s an unknown ring', async () => {
    expect((await go('/rings/bike-blogs/next?from=stranger')).location).toBe(`${siteBase}/alpha`);
    expect((await go('/rings/bike-blogs/prev')).location).toBe(`${siteBase}/delta`);
    expect((await go('/rings/no-such-ring/next?from=alpha')).status).toBe(404);
    expect(await go('/rings/bike-blogs')).toEqual({ status: 302, location: `${STORE}/rings/bike-blogs` });
  });

  it('404s a ring path that is not text (bad percent-encoding, control characters) instead of failing', async () => {
    for (const path of ['/rings/%E0/next', '/rings/%E0', '/rings/bike%00blogs/next', '/rings/%00']) expect((await go(path)).status, path).toBe(404);
  });

  it('counts clicks out of the current member and into the target', async () => {
    await db.prisma.webRingDailyStat.deleteMany({});
    await go('/rings/bike-blogs/next?from=alpha');
    await go('/rings/bike-blogs/next?from=alpha');
    await go('/rings/bike-blogs/prev?from=charlie');
    const stats = await db.prisma.webRingDailyStat.findMany({});
    const of = (code: string) => stats.find((s) => s.memberId === members[code]);
    expect(of('alpha')).toMatchObject({ clicksOut: 2, clicksIn: 0 });
    expect(of('bravo')).toMatchObject({ clicksOut: 0, clicksIn: 3 });
    expect(of('charlie')).toMatchObject({ clicksOut: 1, clicksIn: 0 });
  });
});

describe('ring health check against a local partner site', () => {
  const bar = '<html><body><tandem-ringbar ring="bike-blogs" site="x"></tandem-ringbar></body></html>';
  const fetcher = createRingPageFetcher({ allowPrivateNetwork: true, timeoutMs: 500 });
  let clock = Date.parse('2026-12-02T08:00:00Z');
  const run = () => checkRingHealth(db.prisma, { fetcher, now: new Date((clock += 60_000)), storeEmail: 'partners@store.test' });
  const healthOf = async () => Object.fromEntries((await db.prisma.webRingMember.findMany({ where: { ringId }, include: { partner: true } })).map((m) => [m.partner.code, m.health]));
  const mails = () => db.prisma.outboxEmail.findMany({ where: { kind: 'ring.member-health' }, orderBy: { createdAt: 'asc' } });

  it('marks pages up, down (error, missing bar, timeout), and back up, e-mailing the owner once per change', async () => {
    await db.prisma.outboxEmail.deleteMany({});
    pages.set('/alpha', { status: 200, body: bar });
    pages.set('/bravo', { status: 500, body: bar });
    pages.set('/charlie', { status: 200, body: '<p>no ring here</p>' });
    pages.set('/delta', { status: 200, body: bar, delayMs: 1_500 });
    const first = await run();
    expect(first.checked).toBe(4);
    expect(await healthOf()).toEqual({ alpha: 'UP', bravo: 'DOWN', charlie: 'DOWN', delta: 'DOWN' });
    const charlie = await db.prisma.webRingMember.findUniqueOrThrow({ where: { id: members.charlie! } });
    expect(charlie.healthReason).toBe('the ring bar is missing from the page');
    expect((await mails()).map((m) => m.to)).toEqual(['owner-ring-owner@example.test', 'owner-ring-owner@example.test', 'owner-ring-owner@example.test']);

    // Nothing changed: no new e-mail.
    await run();
    expect(await mails()).toHaveLength(3);

    pages.set('/charlie', { status: 200, body: bar });
    const third = await run();
    expect(third.changed).toEqual([{ ringSlug: 'bike-blogs', partnerCode: 'charlie', from: 'DOWN', to: 'UP', reason: null }]);
    const all = await mails();
    expect(all).toHaveLength(4);
    expect(all[3]!.subject).toBe('CHARLIE is back up in the web ring "Bike blogs"');
    expect((await go('/rings/bike-blogs/next?from=alpha')).location).toBe(`${siteBase}/charlie`);
  });

  it('e-mails the store’s address for rings the store owns', async () => {
    await db.prisma.webRing.update({ where: { id: ringId }, data: { ownerPartnerId: null } });
    await db.prisma.outboxEmail.deleteMany({});
    pages.set('/alpha', { status: 404, body: 'gone' });
    await run();
    expect((await mails()).map((m) => m.to)).toContain('partners@store.test');
  });
});

describe('the page fetcher’s network policy', () => {
  it('refuses private and loopback addresses unless allowed, and non-http schemes', async () => {
    const strict = createRingPageFetcher({ timeoutMs: 500 });
    expect(await strict(`${siteBase}/alpha`)).toEqual({ ok: false, error: ADDRESS_NOT_ALLOWED });
    expect(await strict('http://localhost:1/')).toEqual({ ok: false, error: ADDRESS_NOT_ALLOWED });
    expect(await strict(`${siteBase.replace('127.0.0.1', '[::ffff:7f00:1]')}/alpha`)).toEqual({ ok: false, error: ADDRESS_NOT_ALLOWED });
    expect(await strict('file:///etc/passwd')).toEqual({ ok: false, error: 'only http and https addresses are fetched' });
  });

  it('reads no more than the size limit', async () => {
    pages.set('/huge', { status: 200, body: 'x'.repeat(300_000) + '<tandem-ringbar ring="bike-blogs">' });
    const result = await createRingPageFetcher({ allowPrivateNetwork: true, maxBytes: 1_000 })(`${siteBase}/huge`);
    expect(result.ok && result.body.length).toBe(1_000);
  });
});
