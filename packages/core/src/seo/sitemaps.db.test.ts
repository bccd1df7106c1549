import { createTestDatabase, makeCategory, makeProduct, type TestDatabase } from '@tandem/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSitemaps } from './sitemaps.ts';
import { sitemapSchemaErrors } from './testing/xml-validation.ts';

let db: TestDatabase;
const base = 'https://shop.example/';
const collect = async (chunks: AsyncIterable<string>) => {
  let out = '';
  for await (const chunk of chunks) out += chunk;
  return out;
};
const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);

beforeAll(async () => {
  db = await createTestDatabase();
  const bikes = await makeCategory(db.prisma, 'bikes');
  const road = await makeCategory(db.prisma, 'road', bikes);
  await makeCategory(db.prisma, 'empty');
  const drafts = await makeCategory(db.prisma, 'drafts');
  for (let i = 0; i < 7; i++) await makeProduct(db.prisma, { slug: `road-bike-${i}`, categoryId: road.id });
  await makeProduct(db.prisma, { slug: 'secret-draft', categoryId: drafts.id, status: 'DRAFT' });
  await makeProduct(db.prisma, { slug: 'old-archived', categoryId: road.id, status: 'ARCHIVED' });
  await db.prisma.product.update({ where: { slug: 'road-bike-3' }, data: { updatedAt: new Date('2030-01-02T03:04:05Z') } });
});
afterAll(() => db.close());

describe('createSitemaps', () => {
  const sitemaps = () => createSitemaps(db.prisma, { baseUrl: base, pageSize: 3, chunkSize: 2 });

  it('indexes one file per page of products plus the categories and static pages, valid against siteindex.xsd', async () => {
    const index = await sitemaps().index();
    expect(await sitemapSchemaErrors(index, 'sitemapindex')).toEqual([]);
    expect(locs(index)).toEqual([
      'https://shop.example/sitemaps/products-1.xml',
      'https://shop.example/sitemaps/products-2.xml',
      'https://shop.example/sitemaps/products-3.xml',
      'https://shop.example/sitemaps/categories.xml',
      'https://shop.example/sitemaps/pages.xml',
    ]);
    // The page holding the product changed in 2030 says so, and so does the category file.
    expect(index.match(/<lastmod>2030-01-02T03:04:05Z<\/lastmod>/g)).toHaveLength(2);
  });

  it('splits visible products across pages with nothing lost or repeated, each page valid', async () => {
    const s = sitemaps();
    const pages = [];
    for (const page of [1, 2, 3]) {
      expect(await s.hasProductPage(page)).toBe(true);
      const xml = await collect(s.productPage(page));
      expect(await sitemapSchemaErrors(xml, 'urlset')).toEqual([]);
      pages.push(locs(xml));
    }
    expect(pages.map((p) => p.length)).toEqual([3, 3, 1]);
    expect(pages.flat().sort()).toEqual(Array.from({ length: 7 }, (_, i) => `https://shop.example/p/road-bike-${i}`).sort());
    expect(await s.hasProductPage(4)).toBe(false);
    expect(await s.hasProductPage(0)).toBe(false);
  });

  it('lists only categories with visible products in their subtree, dated by their newest product', async () => {
    const xml = await sitemaps().categorySitemap();
    expect(await sitemapSchemaErrors(xml, 'urlset')).toEqual([]);
    expect(locs(xml)).toEqual(['https://shop.example/c/bikes', 'https://shop.example/c/bikes/road']);
    expect(xml).toContain('<loc>https://shop.example/c/bikes</loc><lastmod>2030-01-02T03:04:05Z</lastmod>');
  });

  it('lists the static pages with absolute URLs', async () => {
    const xml = sitemaps().staticSitemap();
    expect(await sitemapSchemaErrors(xml, 'urlset')).toEqual([]);
    expect(locs(xml)).toContain('https://shop.example/products');
  });
});
