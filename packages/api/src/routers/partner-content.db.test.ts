import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createTestDatabase, TEST_STOREFRONT_URL, makeCategory, makeProduct, type TestDatabase } from '@tandem/db/testing';
import { createApiServices } from '../context.ts';
import { embeddedAdapters } from '../testing/adapters.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callerFor, signedInCustomer, type Caller } from '../testing/callers.ts';

let db: TestDatabase;
let mediaDir: string;
let services: ReturnType<typeof createApiServices>;
let jerseys: Caller;
let pendingPartner: Caller;
let marketing: Caller;
let shopper: Caller;
let bikeId: string;

async function partnerCaller(name: string, status: 'APPROVED' | 'PENDING'): Promise<Caller> {
  const { customer, sessionToken } = await signedInCustomer(db.prisma, ['PARTNER']);
  const code = name.toLowerCase().replace(/\W+/g, '-');
  await db.prisma.partner.create({ data: { code, name, websiteUrl: `https://${code}.example`, contactEmail: customer.email, customerId: customer.id, status } });
  return callerFor(services, { sessionToken });
}

// A real 2×3 PNG: the API reads the file's structure, not only its first bytes.
const PNG_BASE64 = 'iVBORw0KGgoAAAANSUhEUgAAAAIAAAADCAYAAAC56t6BAAAAEElEQVR4nGP4z8DAwMDAAAAhBgL/2YNnhAAAAABJRU5ErkJggg==';
const jersey = { title: 'Club jersey', priceAmount: 5_900, currency: 'EUR', url: 'https://jerseys.example/club', categories: ['road'], keywords: ['Jersey'] };

beforeAll(async () => {
  db = await createTestDatabase();
  mediaDir = await mkdtemp(path.join(os.tmpdir(), 'tandem-router-media-'));
  services = createApiServices(db.prisma, { ...embeddedAdapters(db.prisma), storefrontUrl: TEST_STOREFRONT_URL, accounts: { scryptCost: { N: 1024, r: 8, p: 1 } }, partnerContent: { mediaDir } });
  const road = await makeCategory(db.prisma, 'road');
  bikeId = (await makeProduct(db.prisma, { slug: 'aero-road-bike', categoryId: road.id })).id;
  jerseys = await partnerCaller('Jersey Shop', 'APPROVED');
  pendingPartner = await partnerCaller('Waiting Shop', 'PENDING');
  marketing = callerFor(services, { sessionToken: (await signedInCustomer(db.prisma, ['MARKETING'])).sessionToken });
  shopper = callerFor(services);
});
afterAll(async () => {
  await db.close();
  await rm(mediaDir, { recursive: true, force: true });
});

describe('partnerContent router', () => {
  it('adds one item however often a new item’s form is sent (double clicks, retries), and another for another form', async () => {
    const key = 'k'.repeat(20) + '-double-submit';
    const item = { ...jersey, title: 'Rain cape', createKey: key };
    const saves = await Promise.all([jerseys.partnerContent.save(item), jerseys.partnerContent.save(item), jerseys.partnerContent.save(item)]);
    const again = await jerseys.partnerContent.save(item);
    expect(new Set([...saves, again].map((s) => s.id)).size).toBe(1);
    expect(await db.prisma.partnerContentItem.count({ where: { title: 'Rain cape' } })).toBe(1);
    await jerseys.partnerContent.save({ ...item, createKey: `${key}-2` });
    expect(await db.prisma.partnerContentItem.count({ where: { title: 'Rain cape' } })).toBe(2);
    await db.prisma.partnerContentItem.deleteMany({ where: { title: 'Rain cape' } });
  });

  it('lets an approved partner publish an item that shows once marketing approves it', async () => {
    const saved = await jerseys.partnerContent.save({ ...jersey, image: { contentType: 'image/png', base64: PNG_BASE64 } });
    expect(saved.status).toBe('PENDING');
    expect(await shopper.partnerContent.forProduct({ productId: bikeId })).toEqual([]);
    const queue = await marketing.adminPartnerContent.queue({});
    expect(queue.map((i) => [i.title, i.partner.name])).toEqual([['Club jersey', 'Jersey Shop']]);
    await marketing.adminPartnerContent.review({ itemId: saved.id, decision: 'APPROVED' });
    const shown = await shopper.partnerContent.forProduct({ productId: bikeId });
    expect(shown.map((i) => i.title)).toEqual(['Club jersey']);
    expect(shown[0]).not.toHaveProperty('url');
    const { items } = await jerseys.partnerContent.mine();
    expect(items[0]).toMatchObject({ status: 'APPROVED', keywords: ['jersey'], categorySlugs: ['road'] });
  });

  it('refuses partners that are not approved and shoppers who are not partners', async () => {
    await expect(pendingPartner.partnerContent.save(jersey)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(shopper.partnerContent.mine()).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
  });

  it('validates the item: http(s) links only and known categories', async () => {
    await expect(jerseys.partnerContent.save({ ...jersey, url: 'javascript:alert(1)' })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    await expect(jerseys.partnerContent.save({ ...jersey, categories: ['no-such-category'] })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
  });

  it('sends clicks only to shown items and counts them for both sides', async () => {
    const [item] = await shopper.partnerContent.forProduct({ productId: bikeId });
    expect(await shopper.partnerContent.click({ itemId: item!.id })).toEqual({ url: 'https://jerseys.example/club' });
    await expect(shopper.partnerContent.click({ itemId: 'https://evil.example' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await services.partnerContent.flushImpressions();
    const stats = await jerseys.partnerContent.stats({});
    expect(stats).toMatchObject([{ title: 'Club jersey', impressions: 2, clicks: 1, ctr: 0.5 }]);
    expect(await marketing.adminPartnerContent.clicksByPartner({})).toMatchObject([{ name: 'Jersey Shop', clicks: 1 }]);
  });

  it("keeps each partner to its own items", async () => {
    const other = await partnerCaller('Other Shop', 'APPROVED');
    const [item] = (await jerseys.partnerContent.mine()).items;
    await expect(other.partnerContent.remove({ itemId: item!.id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect((await other.partnerContent.mine()).items).toEqual([]);
    expect(await other.partnerContent.stats({})).toEqual([]);
  });
});
