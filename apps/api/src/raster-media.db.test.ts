// Open Graph previews and merchant feeds get PNGs, never SVG (issue #17, finding 7): the feed's
// image_link and the product page's og:image URL (rasterMediaUrl of the product image) both
// answer image/png, drawn from the stored SVG on first request and then served from disk.
import { mkdir, mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import type http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { createTestDatabase, makeCategory, makeProduct, type TestDatabase } from '@tandem/db/testing';
import { embeddedAdapters } from '@tandem/api/testing/adapters';
import { rasterMediaUrl } from '@tandem/media/raster-url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiServer } from './server.ts';

let db: TestDatabase;
let server: http.Server;
let base: string;
let mediaDir: string;
const PNG_MAGIC = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

beforeAll(async () => {
  db = await createTestDatabase();
  mediaDir = await mkdtemp(path.join(os.tmpdir(), 'tandem-raster-'));
  await mkdir(path.join(mediaDir, 'products'));
  await writeFile(path.join(mediaDir, 'products/deep-wheel.svg'), '<svg xmlns="http://www.w3.org/2000/svg" width="600" height="450"><rect width="600" height="450" fill="#c8322f"/></svg>');
  const category = await makeCategory(db.prisma, 'wheels');
  await makeProduct(db.prisma, { slug: 'deep-wheel', categoryId: category.id, variants: [{ sku: 'DEEP-1', priceAmount: 64_900 }] });
  server = createApiServer({ db, mediaDir, storefrontUrl: 'https://shop.example', services: embeddedAdapters(db.prisma), seo: { feedShippingCountries: ['NL'] } });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await db.close();
  await rm(mediaDir, { recursive: true, force: true });
});

/** Fetches a public image URL's path from the API (the storefront passes /media through). */
async function fetchImage(url: string) {
  const response = await fetch(`${base}${new URL(url).pathname}`);
  return { response, bytes: new Uint8Array(await response.arrayBuffer()) };
}

describe('raster copies of SVG media', () => {
  it('gives the merchant feed an image_link that answers a PNG with the media headers', async () => {
    const feed = await (await fetch(`${base}/feeds/products.xml`)).text();
    const link = /<g:image_link>([^<]+)<\/g:image_link>/.exec(feed)?.[1];
    expect(link).toBe('https://shop.example/media/raster/products/deep-wheel.png');
    const { response, bytes } = await fetchImage(link!);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/png');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('content-disposition')).toBe('inline; filename="deep-wheel.png"');
    expect([...bytes.subarray(0, 8)]).toEqual(PNG_MAGIC);
    // Drawn once, then kept under the media folder.
    expect((await stat(path.join(mediaDir, 'raster/products/deep-wheel.png'))).size).toBe(bytes.length);
  });

  it('turns the product image into an og:image URL that answers a PNG', async () => {
    const og = rasterMediaUrl('https://shop.example/media/products/deep-wheel.svg');
    const { response, bytes } = await fetchImage(og);
    expect(response.headers.get('content-type')).toBe('image/png');
    expect([...bytes.subarray(0, 8)]).toEqual(PNG_MAGIC);
  });

  it('answers 404 when there is no SVG to draw, or the path leaves the media folder', async () => {
    expect((await fetch(`${base}/media/raster/products/missing.png`)).status).toBe(404);
    expect((await fetch(`${base}/media/raster/..%2F..%2Fetc%2Fpasswd.png`)).status).toBe(404);
  });
});
