import type http from 'node:http';
import type { AddressInfo } from 'node:net';
import { reindexAll, storeSearchSettings } from '@tandem/core/search';
import { createTestDatabase, makeCategory, makeProduct, type TestDatabase } from '@tandem/db/testing';
import { PostgresSearchEngine } from '@tandem/search/postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { embeddedAdapters } from '@tandem/api/testing/adapters';
import { makePartner } from './partner-fixtures.test-support.ts';
import { createApiServer } from './server.ts';

const STORE = 'http://store.test:3430';
const XSS = '<img src=x onerror=alert(1)> Road "bike"';
let db: TestDatabase;
let server: http.Server;
let base: string;

beforeAll(async () => {
  db = await createTestDatabase();
  const engine = new PostgresSearchEngine(db.prisma);
  const bikes = await makeCategory(db.prisma, 'bikes');
  await makeProduct(db.prisma, { slug: 'road-racer', title: 'Road Racer Carbon', categoryId: bikes.id, variants: [{ priceAmount: 249_900 }] });
  await makeProduct(db.prisma, { slug: 'xss-bike', title: XSS, categoryId: bikes.id, variants: [{ priceAmount: 99_900, compareAtAmount: 120_000 }] });
  await makeProduct(db.prisma, { slug: 'city-cruiser', title: 'City Cruiser', categoryId: bikes.id, variants: [{ priceAmount: 59_900 }] });
  await makePartner(db.prisma, 'bike-blog', { allowedOrigins: ['http://127.0.0.1:5430'] });
  await makePartner(db.prisma, 'pending-blog', { status: 'PENDING', allowedOrigins: ['http://127.0.0.1:5430'] });
  await makePartner(db.prisma, 'gone-blog', { status: 'SUSPENDED', allowedOrigins: ['http://127.0.0.1:5430'] });
  await engine.applySettings(storeSearchSettings);
  await reindexAll(db.prisma, engine);
  server = createApiServer({ db, mediaDir: '/nonexistent', storefrontUrl: STORE, services: { ...embeddedAdapters(db.prisma), search: engine }, partners: { widgetCacheTtlMs: 0 } });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await db.close();
});

const crosslinks = (query: string, headers: Record<string, string> = {}) => fetch(`${base}/widget/crosslinks?${query}`, { headers });

describe('GET /widget/crosslinks', () => {
  it('answers products for the context with listing prices, absolute images and tracked links', async () => {
    const response = await crosslinks('partner=bike-blog&context=road%20racer&limit=2');
    expect(response.status).toBe(200);
    const body = (await response.json()) as { store: { url: string }; products: { slug: string; name: string; amount: number; currency: string; url: string; imageUrl: string }[] };
    expect(body.store.url).toBe(`${STORE}/`);
    expect(body.products).toHaveLength(2);
    expect(body.products[0]).toEqual({
      slug: 'road-racer',
      name: 'Road Racer Carbon',
      amount: 249_900,
      regularAmount: null,
      currency: 'EUR',
      url: `${STORE}/r/bike-blog?product=road-racer&src=widget`,
      imageUrl: `${STORE}/media/products/road-racer.svg`,
    });
  });

  it('falls back to other products when the context matches nothing', async () => {
    const body = (await (await crosslinks('partner=bike-blog&context=submarine&limit=3')).json()) as { products: { slug: string }[] };
    expect(body.products.map((p) => p.slug).sort()).toEqual(['city-cruiser', 'road-racer', 'xss-bike']);
  });

  it('passes product names through as data, never as markup it made', async () => {
    const body = (await (await crosslinks('partner=bike-blog&context=road&limit=4')).json()) as { products: { name: string; url: string }[] };
    const product = body.products.find((p) => p.name === XSS);
    expect(product?.url).toBe(`${STORE}/r/bike-blog?product=xss-bike&src=widget`);
  });

  it('grants CORS to the approved partner’s allowed origin only, and always varies on Origin', async () => {
    const allowed = await crosslinks('partner=bike-blog', { Origin: 'http://127.0.0.1:5430' });
    expect(allowed.headers.get('access-control-allow-origin')).toBe('http://127.0.0.1:5430');
    expect(allowed.headers.get('vary')).toBe('Origin');
    const other = await crosslinks('partner=bike-blog', { Origin: 'http://127.0.0.1:5431' });
    expect(other.status).toBe(200);
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
    expect(other.headers.get('vary')).toBe('Origin');
    for (const code of ['pending-blog', 'gone-blog', 'nobody']) {
      const response = await crosslinks(`partner=${code}`, { Origin: 'http://127.0.0.1:5430' });
      expect(response.status).toBe(404);
      expect(response.headers.get('access-control-allow-origin')).toBeNull();
    }
  });

  it('is cacheable: public max-age, an ETag, and 304 for a client that has it', async () => {
    const first = await crosslinks('partner=bike-blog&context=city&limit=1', { Origin: 'http://127.0.0.1:5430' });
    expect(first.headers.get('cache-control')).toMatch(/^public, max-age=\d+/);
    const etag = first.headers.get('etag');
    expect(etag).toMatch(/^".+"$/);
    const again = await crosslinks('partner=bike-blog&context=city&limit=1', { Origin: 'http://127.0.0.1:5430', 'If-None-Match': etag! });
    expect(again.status).toBe(304);
    expect(again.headers.get('access-control-allow-origin')).toBe('http://127.0.0.1:5430');
    expect(await again.text()).toBe('');
    const changed = await crosslinks('partner=bike-blog&context=city&limit=1', { 'If-None-Match': '"something-else"' });
    expect(changed.status).toBe(200);
  });

  it('refuses a malformed query with 400', async () => {
    for (const query of ['', 'partner=Bad%20Code', 'partner=bike-blog&limit=50', 'partner=bike-blog&limit=abc']) {
      expect((await crosslinks(query)).status).toBe(400);
    }
  });

  it('counts an impression per served response for the partner', async () => {
    const partner = await db.prisma.partner.findUniqueOrThrow({ where: { code: 'bike-blog' } });
    const before = (await db.prisma.partnerWidgetDailyStat.findMany({ where: { partnerId: partner.id } })).reduce((s, r) => s + r.impressions, 0);
    await crosslinks('partner=bike-blog');
    await crosslinks('partner=bike-blog');
    const after = (await db.prisma.partnerWidgetDailyStat.findMany({ where: { partnerId: partner.id } })).reduce((s, r) => s + r.impressions, 0);
    expect(after - before).toBe(2);
  });
});

describe('GET /widget.js', () => {
  it('serves the built script with a long cache and an ETag, and 304 on revalidation', async () => {
    const response = await fetch(`${base}/widget.js`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(response.headers.get('cache-control')).toMatch(/public, max-age=86400/);
    expect(await response.text()).toContain('tandem-crosslinks');
    const etag = response.headers.get('etag')!;
    expect((await fetch(`${base}/widget.js`, { headers: { 'If-None-Match': etag } })).status).toBe(304);
  });

  it('serves the current version under an immutable URL and nothing under others', async () => {
    const version = (await (await fetch(`${base}/widget.js`)).text()).match(/Tandem widget v([\d.]+)/)?.[1];
    const versioned = await fetch(`${base}/widget/v${version}.js`);
    expect(versioned.status).toBe(200);
    expect(versioned.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect((await fetch(`${base}/widget/v0.0.0-old.js`)).status).toBe(404);
  });
});
