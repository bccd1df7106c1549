import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type http from 'node:http';
import type { AppRouter } from '@tandem/api';
import { openDatabase } from '@tandem/db';
import { createTestDatabase, TEST_STOREFRONT_URL, makeCategory, makeProduct, type TestDatabase } from '@tandem/db/testing';
import { createTRPCClient, httpBatchLink, TRPCClientError } from '@trpc/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { embeddedAdapters } from '@tandem/api/testing/adapters';
import { proxyMedia } from '@tandem/web-kit/media-proxy';
import { createApiServer } from './server.ts';

let db: TestDatabase;
let server: http.Server;
let base: string;
let mediaDir: string;

beforeAll(async () => {
  db = await createTestDatabase();
  mediaDir = await mkdtemp(path.join(os.tmpdir(), 'tandem-media-'));
  await mkdir(path.join(mediaDir, 'products'));
  await writeFile(path.join(mediaDir, 'products/wheel.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  const category = await makeCategory(db.prisma, 'wheels');
  await makeProduct(db.prisma, { slug: 'deep-wheel', categoryId: category.id, variants: [{ priceAmount: 64_900 }] });
  server = createApiServer({ db, mediaDir, storefrontUrl: TEST_STOREFRONT_URL, services: embeddedAdapters(db.prisma) });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await db.close();
  await rm(mediaDir, { recursive: true, force: true });
});

const client = () => createTRPCClient<AppRouter>({ links: [httpBatchLink({ url: `${base}/trpc` })] });

describe('API over HTTP', () => {
  it('reports a reachable, fully migrated database on /health', async () => {
    const response = await fetch(`${base}/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({
      status: 'ok',
      database: { kind: db.kind, reachable: true },
      migrations: { pending: [] },
    });
  });

  it('reports the search engine on /health: kind, reachable, documents and the syncs still waiting', async () => {
    const body = (await (await fetch(`${base}/health`)).json()) as { search: unknown };
    // No job worker runs here: the product's sync job is still waiting and the index is empty.
    expect(body.search).toEqual({ engine: 'postgres', reachable: true, documents: 0, waitingSyncs: 1, lagSeconds: expect.any(Number), failures: 0 });
  });

  it('serves the catalog to a tRPC client', async () => {
    const page = await client().catalog.list.query({ category: 'wheels' });
    expect(page.items.map((p) => [p.slug, p.price.min.amount])).toEqual([['deep-wheel', 64_900]]);
  });

  it('answers bad filters with BAD_REQUEST and the field errors', async () => {
    const error = await client().catalog.list.query({ minPrice: 10, maxPrice: 5 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TRPCClientError);
    const { data } = error as TRPCClientError<AppRouter>;
    expect(data?.code).toBe('BAD_REQUEST');
    expect(data?.fieldErrors).toMatchObject({ minPrice: [expect.stringMatching(/lowest price/)] });
    expect((error as TRPCClientError<AppRouter>).message).toMatch(/^✖ The lowest price must not be above the highest price/);
  });

  it('answers unknown products with NOT_FOUND and a readable message', async () => {
    const error = (await client().catalog.bySlug.query({ slug: 'nope' }).catch((e: unknown) => e)) as TRPCClientError<AppRouter>;
    expect(error.data?.code).toBe('NOT_FOUND');
    expect(error.message).toBe('No product "nope" was found.');
  });

  it('serves media files with a type and cache headers, and nothing outside the media folder', async () => {
    const image = await fetch(`${base}/media/products/wheel.svg`);
    expect(image.status).toBe(200);
    expect(image.headers.get('content-type')).toBe('image/svg+xml');
    expect(image.headers.get('etag')).toBeTruthy();
    expect((await fetch(`${base}/media/..%2F..%2Fetc%2Fpasswd`)).status).toBe(404);
    expect((await fetch(`${base}/media/products/missing.svg`)).status).toBe(404);
    // A path that is not text: bad percent-encoding or a NUL byte is simply not found.
    expect((await fetch(`${base}/media/products/%E0.svg`)).status).toBe(404);
    expect((await fetch(`${base}/media/products/wheel%00.svg`)).status).toBe(404);
    expect((await fetch(`${base}/nowhere`)).status).toBe(404);
  });

  it('sends nosniff and a referrer policy on every kind of response', async () => {
    const answers = await Promise.all([
      fetch(`${base}/health`),
      fetch(`${base}/trpc/catalog.bySlug?input=${encodeURIComponent(JSON.stringify({ slug: 'nope' }))}`),
      fetch(`${base}/media/products/wheel.svg`),
      fetch(`${base}/nowhere`),
      fetch(`${base}/rings/no-such-ring/next`),
    ]);
    for (const response of answers) {
      expect(response.headers.get('x-content-type-options'), response.url).toBe('nosniff');
      expect(response.headers.get('referrer-policy'), response.url).toBe('no-referrer');
    }
    // A route's own policy wins: a ring link lets the next member see where the visitor came from.
    const ringLink = await fetch(`${base}/rings/bike-blogs`, { redirect: 'manual' });
    expect(ringLink.status).toBe(302);
    expect(ringLink.headers.get('referrer-policy')).toBe('no-referrer-when-downgrade');
    expect(ringLink.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('serves every media file so that it cannot become a page: typed, never sniffed, sandboxed, SVG as a download', async () => {
    await mkdir(path.join(mediaDir, 'uploads'), { recursive: true });
    await writeFile(path.join(mediaDir, 'uploads/dot.png'), Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAIAAAADCAYAAAC56t6BAAAAEElEQVR4nGP4z8DAwMDAAAAhBgL/2YNnhAAAAABJRU5ErkJggg==', 'base64'));
    await writeFile(path.join(mediaDir, 'uploads/page.html'), '<script>alert(1)</script>');
    const csp = "default-src 'none'; style-src 'unsafe-inline'; sandbox";
    const svg = await fetch(`${base}/media/products/wheel.svg`);
    expect(Object.fromEntries(['content-type', 'x-content-type-options', 'content-security-policy', 'content-disposition'].map((h) => [h, svg.headers.get(h)]))).toEqual({
      'content-type': 'image/svg+xml', 'x-content-type-options': 'nosniff', 'content-security-policy': csp, 'content-disposition': 'attachment; filename="wheel.svg"',
    });
    const png = await fetch(`${base}/media/uploads/dot.png`);
    expect([png.headers.get('content-type'), png.headers.get('content-security-policy'), png.headers.get('content-disposition')]).toEqual(['image/png', csp, 'inline; filename="dot.png"']);
    const revalidated = await fetch(`${base}/media/products/wheel.svg`, { headers: { 'if-none-match': svg.headers.get('etag')! } });
    expect([revalidated.status, revalidated.headers.get('content-security-policy'), revalidated.headers.get('content-disposition')]).toEqual([304, csp, 'attachment; filename="wheel.svg"']);
    expect((await fetch(`${base}/media/uploads/page.html`)).status).toBe(404);
  });

  it('keeps those headers through the shop\'s and the admin\'s /media proxy', async () => {
    const viaShop = await proxyMedia(base, 'products/wheel.svg', new Request('http://shop.test/media/products/wheel.svg'), fetch);
    expect(Object.fromEntries(['content-type', 'x-content-type-options', 'content-security-policy', 'content-disposition'].map((h) => [h, viaShop.headers.get(h)]))).toEqual({
      'content-type': 'image/svg+xml', 'x-content-type-options': 'nosniff', 'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; sandbox", 'content-disposition': 'attachment; filename="wheel.svg"',
    });
    expect(await viaShop.text()).toBe('<svg xmlns="http://www.w3.org/2000/svg"/>');
  });
});

describe('/health on a database that was never migrated', () => {
  it('answers 503 and lists the pending migrations', async () => {
    // Not from the migrated template (openDatabase's default for a new PGlite database): bare.
    const bare = await openDatabase({ dataDir: 'memory://', template: false });
    const bareServer = createApiServer({ db: bare, mediaDir, storefrontUrl: TEST_STOREFRONT_URL, services: embeddedAdapters(bare.prisma) });
    await new Promise<void>((resolve) => bareServer.listen(0, '127.0.0.1', resolve));
    try {
      const response = await fetch(`http://127.0.0.1:${(bareServer.address() as AddressInfo).port}/health`);
      expect(response.status).toBe(503);
      const body = (await response.json()) as { status: string; migrations: { pending: string[] } };
      expect(body.status).toBe('degraded');
      expect(body.migrations.pending.length).toBeGreaterThan(0);
    } finally {
      await new Promise((resolve) => bareServer.close(resolve));
      await bare.close();
    }
  });
});

