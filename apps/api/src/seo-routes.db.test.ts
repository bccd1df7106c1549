import type http from 'node:http';
import type { AddressInfo } from 'node:net';
import { createTestDatabase, makeCategory, makeProduct, type TestDatabase } from '@tandem/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { embeddedAdapters } from '@tandem/api/testing/adapters';
import { createApiServer } from './server.ts';

let db: TestDatabase;
let server: http.Server;
let base: string;

beforeAll(async () => {
  db = await createTestDatabase();
  const category = await makeCategory(db.prisma, 'wheels');
  await makeProduct(db.prisma, { slug: 'deep-wheel', categoryId: category.id, variants: [{ sku: 'DEEP-1', priceAmount: 64_900 }] });
  server = createApiServer({ db, mediaDir: '/nonexistent', storefrontUrl: 'https://shop.example', services: embeddedAdapters(db.prisma), seo: { feedShippingCountries: ['NL'] } });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await db.close();
});

describe('sitemap routes', () => {
  it('serves the index and each listed file as cacheable XML with the public URL', async () => {
    const index = await fetch(`${base}/sitemap.xml`);
    expect(index.status).toBe(200);
    expect(index.headers.get('content-type')).toBe('application/xml; charset=utf-8');
    expect(index.headers.get('cache-control')).toMatch(/public, max-age=\d+/);
    const files = [...(await index.text()).matchAll(/<loc>https:\/\/shop\.example(\/sitemaps\/[^<]+)<\/loc>/g)].map((m) => m[1]);
    expect(files).toEqual(['/sitemaps/products-1.xml', '/sitemaps/categories.xml', '/sitemaps/pages.xml']);
    const products = await fetch(`${base}${files[0]}`);
    expect(products.headers.get('content-type')).toBe('application/xml; charset=utf-8');
    expect(await products.text()).toContain('<loc>https://shop.example/p/deep-wheel</loc>');
  });

  it('answers 404 for pages past the end and names that are not sitemaps', async () => {
    for (const name of ['products-2.xml', 'products-0.xml', '..%2Fsecret.xml', 'other.xml']) {
      expect((await fetch(`${base}/sitemaps/${name}`)).status, name).toBe(404);
    }
  });
});

describe('product feed routes', () => {
  it('serves RSS with an ETag and answers a matching If-None-Match with 304', async () => {
    const feed = await fetch(`${base}/feeds/products.xml`);
    expect(feed.status).toBe(200);
    expect(feed.headers.get('content-type')).toBe('application/rss+xml; charset=utf-8');
    expect(await feed.text()).toContain('<g:id>DEEP-1</g:id>');
    const etag = feed.headers.get('etag')!;
    expect(etag).toMatch(/^"[\w-]+"$/);
    const again = await fetch(`${base}/feeds/products.xml`, { headers: { 'if-none-match': etag } });
    expect(again.status).toBe(304);
  });

  it('serves the same items as TSV', async () => {
    const feed = await fetch(`${base}/feeds/products.tsv`);
    expect(feed.headers.get('content-type')).toBe('text/tab-separated-values; charset=utf-8');
    const [header, row] = (await feed.text()).trimEnd().split('\n');
    expect(header!.split('\t')[0]).toBe('id');
    expect(row!.split('\t')[0]).toBe('DEEP-1');
  });
});
