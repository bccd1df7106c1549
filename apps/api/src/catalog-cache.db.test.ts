// Cached catalog reads over HTTP: two API servers on one database, each with its own cache,
// follow every visible change within a second (trigger-bumped version, LISTEN/NOTIFY); conditional
// GETs; public vs personal Cache-Control.
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type http from 'node:http';
import { embeddedAdapters } from '@tandem/api/testing/adapters';
import { hashToken, newToken } from '@tandem/core/accounts';
import { createTestDatabase, TEST_STOREFRONT_URL, makeCategory, makeProduct, type TestDatabase } from '@tandem/db/testing';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { followCatalogVersion } from './catalog-invalidation.ts';
import { createApiServer } from './server.ts';

let db: TestDatabase;
const servers: { server: http.Server; base: string; stop: () => Promise<void> }[] = [];
let productId: string;
let variantId: string;

async function startServer() {
  const server = createApiServer({
    db,
    mediaDir: path.join(os.tmpdir(), `tandem-cache-media-${process.pid}`),
    storefrontUrl: TEST_STOREFRONT_URL,
    // A long time-to-live: anything seen fresh below was dropped by the version, not by age.
    services: { ...embeddedAdapters(db.prisma), catalog: { readCacheTtlMs: 600_000, facetCacheTtlMs: 600_000 } },
    publicReads: { sMaxAgeSeconds: 7, staleWhileRevalidateSeconds: 40 },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const stop = await followCatalogVersion(db, server.services.catalog, { pollIntervalMs: 60_000 });
  servers.push({ server, base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, stop });
}

beforeAll(async () => {
  db = await createTestDatabase();
  const category = await makeCategory(db.prisma, 'saddles');
  const product = await makeProduct(db.prisma, { slug: 'race-saddle', categoryId: category.id, variants: [{ priceAmount: 5_000, stockOnHand: 20 }] });
  productId = product.id;
  variantId = (await db.prisma.productVariant.findFirstOrThrow({ where: { productId } })).id;
  await makeProduct(db.prisma, { slug: 'comfort-saddle', categoryId: category.id });
  await startServer();
  await startServer();
});

afterAll(async () => {
  for (const { server, stop } of servers) {
    await stop();
    await new Promise((resolve) => server.close(resolve));
  }
  await db.close();
});

/** A customer with a live session, straight in the database. */
async function signedInCustomer(group: 'CONSUMER' | 'WHOLESALE' = 'CONSUMER') {
  const sessionToken = newToken();
  const customer = await db.prisma.customer.create({
    data: { email: `${sessionToken.slice(0, 10).toLowerCase()}@example.test`, name: 'Shopper', passwordHash: 'unused', customerGroup: group, sessions: { create: { tokenHash: hashToken(sessionToken), expiresAt: new Date(Date.now() + 86_400_000) } } },
  });
  return { customer, sessionToken };
}

const query = (procedure: string, input?: unknown) => `/trpc/${procedure}${input === undefined ? '' : `?input=${encodeURIComponent(JSON.stringify(input))}`}`;
const get = (base: string, url: string, headers: Record<string, string> = {}) => fetch(base + url, { headers });
async function dataOf<T>(base: string, url: string): Promise<T> {
  const response = await get(base, url);
  expect(response.status).toBe(200);
  return ((await response.json()) as { result: { data: T } }).result.data;
}
const priceShown = async (base: string) => (await dataOf<{ price: { min: { amount: number } } }>(base, query('catalog.bySlug', { slug: 'race-saddle' }))).price.min.amount;
const slugsListed = async (base: string) => (await dataOf<{ items: { slug: string }[] }>(base, query('catalog.list', { category: 'saddles' }))).items.map((p) => p.slug);

describe('cached catalog reads across API processes', () => {
  it('shows a price change on both servers within a second, though their caches would keep it for ten minutes', async () => {
    const [a, b] = servers.map((s) => s.base) as [string, string];
    expect([await priceShown(a), await priceShown(b)]).toEqual([5_000, 5_000]);
    await db.prisma.productVariant.update({ where: { id: variantId }, data: { priceAmount: 4_200 } });
    await vi.waitFor(async () => expect([await priceShown(a), await priceShown(b)]).toEqual([4_200, 4_200]), { timeout: 1_000, interval: 25 });
  });

  it('drops a product hidden from shoppers from the listing and its page', async () => {
    const [a, b] = servers.map((s) => s.base) as [string, string];
    expect(await slugsListed(a)).toContain('race-saddle');
    expect(await slugsListed(b)).toContain('race-saddle');
    await db.prisma.product.update({ where: { id: productId }, data: { status: 'DRAFT' } });
    await vi.waitFor(async () => {
      expect(await slugsListed(a)).not.toContain('race-saddle');
      expect(await slugsListed(b)).not.toContain('race-saddle');
      expect((await get(b, query('catalog.bySlug', { slug: 'race-saddle' }))).status).toBe(404);
    }, { timeout: 1_000, interval: 25 });
    await db.prisma.product.update({ where: { id: productId }, data: { status: 'ACTIVE' } });
  });

  it('keeps serving the cached page while the stock level moves within its stock state, and drops it when the product sells out', async () => {
    const a = servers[0]!.base;
    await vi.waitFor(async () => expect(await priceShown(a)).toBe(4_200), { timeout: 1_000, interval: 25 });
    const before = await dataOf<{ variants: { stock: { quantity: number } }[] }>(a, query('catalog.bySlug', { slug: 'race-saddle' }));
    const version = await db.prisma.catalogVersion.findUniqueOrThrow({ where: { id: 1 } });
    await db.prisma.productVariant.update({ where: { id: variantId }, data: { stockOnHand: { decrement: 1 } } });
    expect((await db.prisma.catalogVersion.findUniqueOrThrow({ where: { id: 1 } })).version).toBe(version.version);
    const lagging = await dataOf<{ variants: { stock: { quantity: number } }[] }>(a, query('catalog.bySlug', { slug: 'race-saddle' }));
    expect(lagging.variants[0]!.stock.quantity).toBe(20);
    await db.prisma.productVariant.update({ where: { id: variantId }, data: { stockOnHand: 0 } });
    // Out of stock: announced without a version bump (orders must not queue on that row).
    expect((await db.prisma.catalogVersion.findUniqueOrThrow({ where: { id: 1 } })).version).toBe(version.version);
    await vi.waitFor(async () => {
      const after = await dataOf<{ inStock: boolean }>(a, query('catalog.bySlug', { slug: 'race-saddle' }));
      expect(after.inStock).toBe(false);
    }, { timeout: 1_000, interval: 25 });
    expect(before.variants[0]!.stock.quantity).toBe(20);
  });
});

describe('HTTP caching of catalog reads', () => {
  it('answers 304 to a matching ETag and 200 with a new ETag after a change', async () => {
    const a = servers[0]!.base;
    const url = query('catalog.categories');
    const first = await get(a, url);
    const etag = first.headers.get('etag');
    expect(first.status).toBe(200);
    expect(etag).toMatch(/^"[\w-]+"$/);
    const again = await get(a, url, { 'If-None-Match': etag! });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    await db.prisma.category.update({ where: { slug: 'saddles' }, data: { name: 'Saddles & seats' } });
    await vi.waitFor(async () => {
      const changed = await get(a, url, { 'If-None-Match': etag! });
      expect(changed.status).toBe(200);
      expect(changed.headers.get('etag')).not.toBe(etag);
    }, { timeout: 1_000, interval: 25 });
  });

  it('lets shared caches keep anonymous catalog reads only', async () => {
    const a = servers[0]!.base;
    const anonymous = await get(a, query('catalog.list', { category: 'saddles' }));
    expect(anonymous.headers.get('cache-control')).toBe('public, s-maxage=7, stale-while-revalidate=40');
    const { sessionToken } = await signedInCustomer();
    const personalHeaders: Record<string, string>[] = [{ Authorization: `Bearer ${sessionToken}` }, { 'X-Cart-Token': 'cart-token-of-someone' }];
    for (const headers of personalHeaders) {
      const personal = await get(a, query('catalog.list', { category: 'saddles' }), headers);
      expect(personal.status).toBe(200);
      expect(personal.headers.get('cache-control')).toBe('private, no-store');
    }
    const mutation = await fetch(`${a}/trpc/auth.signOut`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' });
    expect(mutation.headers.get('cache-control')).toBe('private, no-store');
  });

  it('never lets a group-priced answer be kept for, or served to, another client', async () => {
    const a = servers[0]!.base;
    const { sessionToken } = await signedInCustomer('WHOLESALE');
    await db.prisma.priceList.create({ data: { name: 'Trade', customerGroup: 'WHOLESALE', entries: { create: { variantId, amount: 3_000 } } } });
    const url = query('promotions.productPrices', { productIds: [productId] });
    const wholesale = await get(a, url, { Authorization: `Bearer ${sessionToken}` });
    expect(wholesale.headers.get('cache-control')).toBe('private, no-store');
    expect(((await wholesale.json()) as { result: { data: { min: number }[] } }).result.data[0]!.min).toBe(3_000);
    const shopper = await get(a, url);
    expect(shopper.headers.get('cache-control')).toBe('private, no-store');
    expect(((await shopper.json()) as { result: { data: { min: number }[] } }).result.data[0]!.min).toBe(4_200);
  });
});
