import { seedCheckoutSettings } from '@tandem/db/seed';
import { createTestDatabase, makeBrand, makeCategory, makeProduct, type TestDatabase } from '@tandem/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MERCHANT_TSV_COLUMNS } from './merchant-tsv.ts';
import { productFeed, productFeedEtag, type ProductFeedOptions } from './product-feed.ts';
import { wellFormedErrors } from './testing/xml-validation.ts';

let db: TestDatabase;
const now = new Date('2026-12-02T12:00:00Z');
const options = (format: 'xml' | 'tsv', at = now): ProductFeedOptions => ({ format, baseUrl: 'https://shop.example', now: at, shippingCountries: ['NL'], chunkSize: 2 });
const collect = async (chunks: AsyncIterable<string>) => {
  let out = '';
  for await (const chunk of chunks) out += chunk;
  return out;
};
const items = (xml: string) => Object.fromEntries([...xml.matchAll(/<item>(.*?)<\/item>/g)].map((m) => [/<g:id>([^<]+)</.exec(m[1]!)![1], m[1]!]));
const field = (item: string | undefined, name: string) => item && new RegExp(`<g:${name}>([^<]*)</g:${name}>`).exec(item)?.[1];

beforeAll(async () => {
  db = await createTestDatabase();
  await seedCheckoutSettings(db.prisma);
  const bikes = await makeCategory(db.prisma, 'bikes');
  const road = await makeCategory(db.prisma, 'road', bikes);
  const brand = await makeBrand(db.prisma, 'velo');
  await makeProduct(db.prisma, {
    slug: 'aero-road', title: 'Aero <Road> & Co', categoryId: road.id, brandId: brand.id,
    variants: [
      { sku: 'AERO-54', priceAmount: 199_900, stockOnHand: 3, gtin: '4006381333931', optionValues: { size: '54' } },
      { sku: 'AERO-56', priceAmount: 199_900, stockOnHand: 0, mpn: 'AR-56', optionValues: { size: '56' } },
    ],
  });
  const bottle = await makeProduct(db.prisma, { slug: 'bottle', categoryId: bikes.id, variants: [{ sku: 'BOTTLE', priceAmount: 1_000, stockOnHand: 9 }] });
  await makeProduct(db.prisma, { slug: 'draft-bike', categoryId: road.id, variants: [{ sku: 'DRAFT-1', priceAmount: 500 }], status: 'DRAFT' });
  await makeProduct(db.prisma, { slug: 'gone-bike', categoryId: road.id, variants: [{ sku: 'GONE-1', priceAmount: 500 }], status: 'ARCHIVED' });
  await db.prisma.promotion.create({
    data: { name: 'Bottle week', kind: 'PERCENT', percentBps: 2_000, productIds: [bottle.id], startsAt: new Date('2026-12-01T00:00:00Z'), endsAt: new Date('2026-12-08T00:00:00Z') },
  });
});
afterAll(() => db.close());

describe('productFeed (Google Merchant XML)', () => {
  it('is well-formed RSS 2.0 in the g: namespace with one item per visible variant', async () => {
    const xml = await collect(productFeed(db.prisma, options('xml')));
    expect(await wellFormedErrors(xml)).toEqual([]);
    expect(xml).toContain('<rss version="2.0" xmlns:g="http://base.google.com/ns/1.0">');
    expect(Object.keys(items(xml)).sort()).toEqual(['AERO-54', 'AERO-56', 'BOTTLE']);
  });

  it('carries the required fields of every item, escaped', async () => {
    const all = items(await collect(productFeed(db.prisma, options('xml'))));
    for (const item of Object.values(all)) {
      for (const name of ['id', 'title', 'description', 'link', 'image_link', 'availability', 'price', 'condition']) expect(field(item as string, name), name).toBeTruthy();
    }
    const aero = all['AERO-54'];
    expect(field(aero, 'title')).toBe('Aero &lt;Road&gt; &amp; Co – 54');
    expect(field(aero, 'link')).toBe('https://shop.example/p/aero-road?variant=AERO-54');
    // A PNG copy: Google Merchant rejects SVG image links (issue #17, finding 7).
    expect(field(aero, 'image_link')).toBe('https://shop.example/media/raster/products/aero-road.png');
    expect(field(aero, 'price')).toBe('1999.00 EUR');
    expect(field(aero, 'brand')).toBe('VELO');
    expect(field(aero, 'gtin')).toBe('4006381333931');
    expect(field(aero, 'item_group_id')).toBe('aero-road');
    expect(field(aero, 'product_type')).toBe('Bikes &gt; Road');
    expect(aero).toContain('<g:shipping><g:country>NL</g:country><g:price>0.00 EUR</g:price></g:shipping>');
    expect(field(all['AERO-56'], 'mpn')).toBe('AR-56');
    expect(field(all.BOTTLE, 'item_group_id')).toBeUndefined();
    expect(field(all.BOTTLE, 'identifier_exists')).toBe('no');
  });

  it('says out of stock for a sold-out variant', async () => {
    const all = items(await collect(productFeed(db.prisma, options('xml'))));
    expect(field(all['AERO-54'], 'availability')).toBe('in_stock');
    expect(field(all['AERO-56'], 'availability')).toBe('out_of_stock');
  });

  it('gives a sale price with its dates only while the sale runs', async () => {
    const during = items(await collect(productFeed(db.prisma, options('xml'))));
    expect(field(during.BOTTLE, 'price')).toBe('10.00 EUR');
    expect(field(during.BOTTLE, 'sale_price')).toBe('8.00 EUR');
    expect(field(during.BOTTLE, 'sale_price_effective_date')).toBe('2026-12-01T00:00:00Z/2026-12-08T00:00:00Z');
    expect(field(during['AERO-54'], 'sale_price')).toBeUndefined();
    for (const at of [new Date('2026-11-30T12:00:00Z'), new Date('2026-12-08T00:00:00Z')]) {
      const outside = items(await collect(productFeed(db.prisma, options('xml', at))));
      expect(field(outside.BOTTLE, 'sale_price')).toBeUndefined();
      expect(field(outside.BOTTLE, 'sale_price_effective_date')).toBeUndefined();
    }
  });
});

describe('productFeed (TSV)', () => {
  it('has the header and one line per variant with every column', async () => {
    const lines = (await collect(productFeed(db.prisma, options('tsv')))).trimEnd().split('\n');
    expect(lines[0]!.split('\t')).toEqual([...MERCHANT_TSV_COLUMNS]);
    expect(lines).toHaveLength(4);
    const rows = lines.slice(1).map((line) => Object.fromEntries(line.split('\t').map((v, i) => [MERCHANT_TSV_COLUMNS[i], v])));
    for (const row of rows) expect(Object.keys(row)).toHaveLength(MERCHANT_TSV_COLUMNS.length);
    const bottle = rows.find((r) => r.id === 'BOTTLE')!;
    expect(bottle).toMatchObject({ price: '10.00 EUR', sale_price: '8.00 EUR', availability: 'in_stock', shipping: 'NL:::4.95 EUR' });
    expect(rows.find((r) => r.id === 'AERO-56')).toMatchObject({ availability: 'out_of_stock', title: 'Aero <Road> & Co – 56' });
    expect(rows.map((r) => r.id)).not.toContain('DRAFT-1');
  });
});

describe('productFeedEtag', () => {
  it('stays the same while nothing changes and changes with stock, catalog and sales', async () => {
    const first = await productFeedEtag(db.prisma, options('xml'));
    expect(await productFeedEtag(db.prisma, options('xml'))).toBe(first);
    expect(await productFeedEtag(db.prisma, options('tsv'))).not.toBe(first);
    // The sale ends at midnight: same data, another feed.
    expect(await productFeedEtag(db.prisma, options('xml', new Date('2026-12-08T00:00:01Z')))).not.toBe(first);
    await db.prisma.$executeRaw`UPDATE "ProductVariant" SET "stockOnHand" = 0 WHERE sku = 'AERO-54'`;
    const soldOut = await productFeedEtag(db.prisma, options('xml'));
    await db.prisma.$executeRaw`UPDATE "ProductVariant" SET "stockOnHand" = 3 WHERE sku = 'AERO-54'`;
    expect(soldOut).not.toBe(first);
    expect(await productFeedEtag(db.prisma, options('xml'))).toBe(first);
  });
});
