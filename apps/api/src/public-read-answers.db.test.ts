// Finished answers of anonymous public reads over HTTP: a hit is the miss's bytes and headers,
// a change is seen on the next request, personal requests neither read nor fill the cache, and
// nothing outlives the catalog reads it was made from.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { embeddedAdapters } from '@tandem/api/testing/adapters';
import { hashToken, newToken } from '@tandem/core/accounts';
import { createTestDatabase, TEST_STOREFRONT_URL, makeCategory, makeProduct, type TestDatabase } from '@tandem/db/testing';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { followCatalogVersion } from './catalog-invalidation.ts';
import { createApiMetrics } from './metrics.ts';
import { createApiServer } from './server.ts';

let db: TestDatabase;
let variantId: string;
const started: { server: http.Server; stop: () => Promise<void> }[] = [];

async function startServer(readCacheTtlMs: number, maxBytes?: number) {
  let stats = () => ({ hits: 0, misses: 0 });
  const metrics = createApiMetrics({ db, publicReadAnswers: () => stats() });
  const server = createApiServer({
    db,
    mediaDir: path.join(os.tmpdir(), `tandem-answers-media-${process.pid}`),
    storefrontUrl: TEST_STOREFRONT_URL,
    services: { ...embeddedAdapters(db.prisma), catalog: { readCacheTtlMs, facetCacheTtlMs: 600_000 } },
    publicReadAnswers: { maxBytes },
    metrics,
  });
  stats = () => server.publicReadAnswers.stats();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const stop = await followCatalogVersion(db, server.services.catalog, { pollIntervalMs: 60_000 });
  started.push({ server, stop });
  return { server, metrics, port: (server.address() as AddressInfo).port };
}

type Api = Awaited<ReturnType<typeof startServer>>;
let api: Api;

beforeAll(async () => {
  db = await createTestDatabase();
  const category = await makeCategory(db.prisma, 'pumps');
  const product = await makeProduct(db.prisma, { slug: 'floor-pump', title: 'Floor pump', categoryId: category.id, variants: [{ priceAmount: 3_000, stockOnHand: 20 }] });
  variantId = (await db.prisma.productVariant.findFirstOrThrow({ where: { productId: product.id } })).id;
  await makeProduct(db.prisma, { slug: 'mini-pump', categoryId: category.id });
  // A long time-to-live: anything seen fresh below was dropped by the version, not by age.
  api = await startServer(600_000);
});

afterAll(async () => {
  for (const { server, stop } of started) {
    await stop();
    await new Promise((resolve) => server.close(resolve));
  }
  await db.close();
});

interface RawAnswer {
  status: number;
  /** Header name/value pairs as they came on the wire, in order. */
  headers: [string, string][];
  body: string;
}

/** A GET that keeps the headers' names, order and the exact body bytes. */
function rawGet(port: number, target: string, headers: Record<string, string> = {}): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    http
      .get({ host: '127.0.0.1', port, path: target, headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => {
          const pairs: [string, string][] = [];
          for (let i = 0; i < res.rawHeaders.length; i += 2) pairs.push([res.rawHeaders[i]!, res.rawHeaders[i + 1]!]);
          resolve({ status: res.statusCode ?? 0, headers: pairs, body: Buffer.concat(chunks).toString('utf8') });
        });
      })
      .on('error', reject);
  });
}

const query = (procedure: string, input?: unknown) => `/trpc/${procedure}${input === undefined ? '' : `?input=${encodeURIComponent(JSON.stringify(input))}`}`;
const header = (answer: RawAnswer, name: string) => answer.headers.find(([n]) => n.toLowerCase() === name.toLowerCase())?.[1];
// The request id is the request's own; Date is the second it was sent.
const perRequest = new Set(['x-request-id', 'date']);
const shared = (answer: RawAnswer) => answer.headers.filter(([name]) => !perRequest.has(name.toLowerCase()));
const stats = (server: Api = api) => server.server.publicReadAnswers.stats();
const dataOf = <T>(answer: RawAnswer) => (JSON.parse(answer.body) as { result: { data: T } }).result.data;

async function signedInToken(): Promise<string> {
  const sessionToken = newToken();
  await db.prisma.customer.create({
    data: { email: `${sessionToken.slice(0, 10).toLowerCase()}@example.test`, name: 'Shopper', passwordHash: 'unused', sessions: { create: { tokenHash: hashToken(sessionToken), expiresAt: new Date(Date.now() + 86_400_000) } } },
  });
  return sessionToken;
}

describe('finished answers of anonymous public reads', () => {
  it('answers a repeated GET with the same bytes and headers, apart from the request id, before tRPC', async () => {
    const target = query('catalog.list', { category: 'pumps' });
    const before = stats();
    const miss = await rawGet(api.port, target);
    const hit = await rawGet(api.port, target);
    expect(stats()).toMatchObject({ hits: before.hits + 1, misses: before.misses + 1 });
    expect(miss.status).toBe(200);
    expect(hit.body).toBe(miss.body);
    expect(shared(hit)).toEqual(shared(miss));
    expect(header(hit, 'cache-control')).toMatch(/^public, s-maxage=/);
    expect(header(hit, 'etag')).toMatch(/^"[\w-]+"$/);
    expect(header(hit, 'x-request-id')).not.toBe(header(miss, 'x-request-id'));
    // The edge still sees the hit: the request histogram and the cache's own counters.
    expect(await api.metrics.registry.getSingleMetricAsString('tandem_public_read_answers_hits_total')).toMatch(/_total [1-9]/);
    expect(await api.metrics.registry.getSingleMetricAsString('tandem_http_request_duration_seconds')).toMatch(/_count\{route="catalog.list",method="GET",status="200"\} 2/);
  });

  it('answers 304 from the stored answer when If-None-Match names its ETag', async () => {
    const target = query('catalog.bySlug', { slug: 'mini-pump' });
    const first = await rawGet(api.port, target);
    const before = stats();
    const again = await rawGet(api.port, target, { 'If-None-Match': header(first, 'etag')! });
    expect(stats().hits).toBe(before.hits + 1);
    expect(again.status).toBe(304);
    expect(again.body).toBe('');
    expect(header(again, 'etag')).toBe(header(first, 'etag'));
    expect(header(again, 'content-type')).toBeUndefined();
  });

  it('shows a price or title change on the next request after the catalog version moves', async () => {
    const target = query('catalog.bySlug', { slug: 'floor-pump' });
    const shown = async () => dataOf<{ title: string; price: { min: { amount: number } } }>(await rawGet(api.port, target));
    await shown();
    const hits = stats().hits;
    expect((await shown()).price.min.amount).toBe(3_000);
    await db.prisma.productVariant.update({ where: { id: variantId }, data: { priceAmount: 2_700 } });
    await vi.waitFor(async () => expect((await shown()).price.min.amount).toBe(2_700), { timeout: 1_000, interval: 25 });
    expect(stats().hits).toBeGreaterThan(hits);
    await db.prisma.product.update({ where: { slug: 'floor-pump' }, data: { title: 'Track pump' } });
    // This process reads the version itself after its own writes (a staff mutation does); here the NOTIFY brings it.
    await vi.waitFor(async () => expect((await shown()).title).toBe('Track pump'), { timeout: 1_000, interval: 25 });
  });

  it('never answers a signed-in or carted request from the cache, nor fills it from one', async () => {
    const target = query('catalog.list', { category: 'pumps', sort: 'price-asc' });
    await rawGet(api.port, target);
    const sessionToken = await signedInToken();
    const credentials: Record<string, string>[] = [{ Authorization: `Bearer ${sessionToken}` }, { 'X-Cart-Token': 'cart-of-someone' }, { 'X-Partner-Key': 'tpk_someone' }];
    for (const credential of credentials) {
      const before = stats();
      const personal = await rawGet(api.port, target, credential);
      expect(header(personal, 'cache-control')).toBe('private, no-store');
      expect(stats()).toEqual(before);
    }
    const fresh = query('catalog.list', { category: 'pumps', sort: 'price-desc' });
    const personal = await rawGet(api.port, fresh, { Authorization: `Bearer ${sessionToken}` });
    expect(personal.status).toBe(200);
    const before = stats();
    const anonymous = await rawGet(api.port, fresh);
    expect(stats()).toMatchObject({ hits: before.hits, misses: before.misses + 1 });
    expect(header(anonymous, 'cache-control')).toMatch(/^public/);
  });

  it('neither serves nor keeps the answers of clients that ask tRPC for streamed JSON Lines', async () => {
    const target = `/trpc/catalog.categories?batch=1&input=${encodeURIComponent('{}')}`;
    const plain = await rawGet(api.port, target);
    for (const asks of [{ 'trpc-accept': 'application/jsonl' }, { Accept: 'application/jsonl' }] as Record<string, string>[]) {
      const before = stats();
      const streamed = await rawGet(api.port, target, asks);
      expect(stats()).toEqual(before);
      expect(streamed.body).not.toBe(plain.body);
    }
    const fresh = `/trpc/catalog.categories,catalog.categories?batch=1&input=${encodeURIComponent('{}')}`;
    await rawGet(api.port, fresh, { 'trpc-accept': 'application/jsonl' });
    const before = stats();
    expect(JSON.parse((await rawGet(api.port, fresh)).body)).toHaveLength(2);
    expect(stats().misses).toBe(before.misses + 1);
  });

  it('keeps no errors, no batches with a personal procedure, and nothing but GETs', async () => {
    const notFound = query('catalog.bySlug', { slug: 'no-such-pump' });
    const mixed = `/trpc/catalog.categories,cart.get?batch=1&input=${encodeURIComponent('{}')}`;
    expect((await rawGet(api.port, notFound)).status).toBe(404);
    // Looked up (a public read) but never stored; a batch with a personal procedure is not even looked up.
    for (const [target, looksUp] of [[notFound, 1], [mixed, 0]] as const) {
      await rawGet(api.port, target);
      const before = stats();
      const again = await rawGet(api.port, target);
      expect(header(again, 'cache-control')).toBe('private, no-store');
      expect(stats()).toEqual({ ...before, misses: before.misses + looksUp });
    }
    const head = await new Promise<number>((resolve, reject) =>
      http.request({ host: '127.0.0.1', port: api.port, path: query('catalog.categories'), method: 'HEAD' }, (res) => resolve(res.statusCode ?? 0)).on('error', reject).end(),
    );
    expect(head).toBeLessThan(300);
    const before = stats();
    await rawGet(api.port, query('catalog.categories'));
    expect(stats().misses).toBe(before.misses + 1);
  });

  it('lets no answer outlive the cached reads it was made from', async () => {
    const short = await startServer(2_000);
    const target = query('catalog.bySlug', { slug: 'floor-pump' });
    const stockShown = async (headers: Record<string, string> = {}) => dataOf<{ variants: { stock: { quantity: number } }[] }>(await rawGet(short.port, target, headers)).variants[0]!.stock.quantity;
    const readAt = Date.now();
    // A carted request fills the catalog read cache only; a second later an anonymous one stores its answer.
    const stock = await stockShown({ 'X-Cart-Token': 'cart-of-someone' });
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(await stockShown()).toBe(stock);
    const storedAt = Date.now();
    // Within its stock state (20 on hand): no new version, only the time-to-live shows it.
    await db.prisma.productVariant.update({ where: { id: variantId }, data: { stockOnHand: { decrement: 1 } } });
    await vi.waitFor(async () => expect(await stockShown()).toBe(stock - 1), { timeout: 4_000, interval: 50 });
    // The read expired 2 s after `readAt`; an answer kept its own 2 s from `storedAt` would show the old stock longer.
    expect(Date.now()).toBeLessThan(storedAt + 2_000);
    expect(Date.now() - readAt).toBeGreaterThanOrEqual(1_900);
  });

  it('is off when the catalog read cache is, or when it may keep no bytes', async () => {
    for (const off of [await startServer(0), await startServer(600_000, 0)]) {
      expect(off.server.publicReadAnswers.enabled).toBe(false);
      const target = query('catalog.categories');
      const [first, second] = [await rawGet(off.port, target), await rawGet(off.port, target)];
      expect([first.status, second.status]).toEqual([200, 200]);
      expect(stats(off)).toEqual({ hits: 0, misses: 0, entries: 0, bytes: 0 });
    }
  });
});
