import { expect, test } from '../support/test.ts';
import { callApi } from '../support/staff.ts';

// What search engines and comparison sites read: sitemaps, robots.txt, canonical URLs, Open Graph
// and JSON-LD on real pages, and the product feed.

test('sitemaps and robots.txt on the shop origin list its real pages', async ({ request, baseURL }) => {
  const robots = await request.get('/robots.txt');
  expect(robots.ok()).toBe(true);
  const robotsText = await robots.text();
  expect(robotsText).toContain(`Sitemap: ${baseURL}/sitemap.xml`);
  expect(robotsText).toMatch(/Disallow: \/checkout/);

  const index = await request.get('/sitemap.xml');
  expect(index.headers()['content-type']).toContain('xml');
  const indexXml = await index.text();
  expect(indexXml).toContain('<sitemapindex');
  const files = [...indexXml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
  const products = files.find((f) => /\/sitemaps\/products-\d+\.xml$/.test(f));
  expect(products?.startsWith(`${baseURL}/`)).toBe(true);

  const productXml = await (await request.get(new URL(products!).pathname)).text();
  const firstProduct = /<loc>([^<]+\/p\/[^<]+)<\/loc>/.exec(productXml)?.[1];
  expect(firstProduct).toBeTruthy();
  expect(productXml).toContain('<lastmod>');
  expect((await request.get(new URL(firstProduct!).pathname)).status()).toBe(200);
});

test('a product page carries its canonical URL, Open Graph tags and Product and BreadcrumbList JSON-LD', async ({ page, baseURL }) => {
  const listing = await callApi<{ items: { slug: string; title: string }[] }>('query', 'catalog.list', { inStock: true, limit: 1 });
  const product = listing.items[0]!;
  await page.goto(`/p/${product.slug}?utm_source=newsletter&variant=`);

  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', `${baseURL}/p/${product.slug}`);
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', new RegExp(product.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
  await expect(page.locator('meta[property="og:url"]')).toHaveAttribute('content', `${baseURL}/p/${product.slug}`);

  const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
  const data = blocks.map((text) => JSON.parse(text) as { '@type'?: string; name?: string; offers?: unknown; itemListElement?: unknown[] });
  const productData = data.find((d) => d['@type'] === 'Product');
  expect(productData?.name).toBe(product.title);
  expect(productData?.offers).toBeTruthy();
  const crumbs = data.find((d) => d['@type'] === 'BreadcrumbList');
  expect(crumbs?.itemListElement?.length).toBeGreaterThan(0);
});

test('the comparison-shopping feed lists the products with prices and stock', async ({ request }) => {
  const apiUrl = process.env.TANDEM_E2E_API_URL!;
  const xml = await (await request.get(`${apiUrl}/feeds/products.xml`)).text();
  expect(xml).toContain('xmlns:g="http://base.google.com/ns/1.0"');
  const items = xml.split('<item>').length - 1;
  expect(items).toBeGreaterThan(100);
  expect(xml).toMatch(/<g:price>\d+\.\d{2} EUR<\/g:price>/);
  expect(xml).toMatch(/<g:availability>(in_stock|out_of_stock)<\/g:availability>/);
  const tsv = (await (await request.get(`${apiUrl}/feeds/products.tsv`)).text()).trim().split('\n');
  expect(tsv[0]!.split('\t')).toEqual(expect.arrayContaining(['id', 'title', 'link', 'price', 'availability']));
  expect(tsv.length - 1).toBe(items);
});
