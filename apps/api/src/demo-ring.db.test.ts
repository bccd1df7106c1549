// The demo web ring as the start command runs it: the demo partner sites served on local ports,
// the ring seeded with them, the API's own health-check fetcher finding the ring bar on each, and
// the ring's navigation going round them.
import { checkRingHealth, navigateRing } from '@tandem/core/partners';
import { DEMO_RING, ensureDemoPartners, ensureDemoRing, startDemoSites, type RunningDemoSites } from '@tandem/demo';
import { createDemoTestDatabase, type DemoTestDatabase } from '@tandem/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRingPageFetcher } from './outbound/ring-page-fetcher.ts';

let db: DemoTestDatabase;
let sites: RunningDemoSites;
const apiUrl = 'http://127.0.0.1:4999';

beforeAll(async () => {
  db = await createDemoTestDatabase();
  await ensureDemoPartners(db.prisma, { mediaDir: db.mediaDir, cost: { N: 1024, r: 8, p: 1 } });
  sites = await startDemoSites({ host: '127.0.0.1', firstPort: 0, apiUrl, storefrontUrl: 'http://127.0.0.1:3999' });
}, 120_000);
afterAll(async () => {
  await sites?.stop();
  await db?.close();
});

const membersOf = () =>
  db.prisma.webRingMember.findMany({ where: { ring: { slug: DEMO_RING.slug } }, orderBy: { position: 'asc' }, select: { pageUrl: true, health: true, partner: { select: { code: true, allowedOrigins: true } } } });

describe('the demo web ring', () => {
  it('is seeded with the served demo sites, whose pages answer with the ring bar and the widget', async () => {
    expect(await ensureDemoRing(db.prisma, sites.sites)).toEqual({ created: true, moved: 0 });
    const members = await membersOf();
    expect(members.map((m) => [m.partner.code, m.pageUrl])).toEqual(sites.sites.map((s) => [s.partnerCode, s.pageUrl]));
    expect(members).toHaveLength(2);
    // Each site's origin may load the widget's products (its CORS list).
    for (const [i, member] of members.entries()) expect(member.partner.allowedOrigins).toContain(sites.sites[i]!.origin);

    const fetcher = createRingPageFetcher({ allowPrivateNetwork: true });
    for (const site of sites.sites) {
      const page = await fetcher(site.pageUrl);
      expect(page.ok && page.status).toBe(200);
      const html = page.ok ? page.body : '';
      expect(html).toContain(`<tandem-ringbar ring="${DEMO_RING.slug}" site="${site.partnerCode}"`);
      expect(html).toContain(`<script src="${apiUrl}/widget.js" async></script>`);
      expect(html).toContain(`<tandem-crosslinks partner="${site.partnerCode}"`);
    }

    const report = await checkRingHealth(db.prisma, { fetcher, now: new Date(), storeEmail: 'partners@tandem.localhost' });
    expect(report.checked).toBe(2);
    expect((await membersOf()).map((m) => m.health)).toEqual(['UP', 'UP']);
  });

  it('goes round the sites: next, previous and random from one lead to the other, and the storefront starts at the first', async () => {
    const [first, second] = sites.sites;
    const go = (from: string | null, direction: 'next' | 'prev' | 'random') => navigateRing(db.prisma, { ringSlug: DEMO_RING.slug, from, direction }, { random: () => 0.5, now: new Date() });
    expect((await go(first!.partnerCode, 'next')).pageUrl).toBe(second!.pageUrl);
    expect((await go(first!.partnerCode, 'prev')).pageUrl).toBe(second!.pageUrl);
    expect((await go(second!.partnerCode, 'random')).pageUrl).toBe(first!.pageUrl);
    expect((await go(null, 'next')).pageUrl).toBe(first!.pageUrl);
  });

  it('follows the sites to other ports on a later start and checks the moved pages afresh', async () => {
    const moved = sites.sites.map((s) => ({ ...s, origin: s.origin.replace('127.0.0.1', 'localhost'), pageUrl: s.pageUrl.replace('127.0.0.1', 'localhost') }));
    expect(await ensureDemoRing(db.prisma, moved)).toEqual({ created: false, moved: 2 });
    expect(await ensureDemoRing(db.prisma, moved)).toEqual({ created: false, moved: 0 });
    const members = await membersOf();
    expect(members.map((m) => [m.pageUrl, m.health])).toEqual(moved.map((s) => [s.pageUrl, 'UNKNOWN']));
    expect(members[0]!.partner.allowedOrigins).toContain(moved[0]!.origin);
  });

  it('a site that is not served is found down by the health check', async () => {
    await sites.stop();
    const report = await checkRingHealth(db.prisma, { fetcher: createRingPageFetcher({ allowPrivateNetwork: true, timeoutMs: 2_000 }), now: new Date(), storeEmail: 'partners@tandem.localhost' });
    expect(report.checked).toBe(2);
    expect((await membersOf()).map((m) => m.health)).toEqual(['DOWN', 'DOWN']);
  });
});
