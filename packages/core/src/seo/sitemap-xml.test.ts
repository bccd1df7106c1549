import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SITEMAP_MAX_BYTES, SITEMAP_MAX_LOC_LENGTH, SITEMAP_MAX_URLS, URLSET_CLOSE, URLSET_OPEN, productUrlsPerFile, sitemapIndexXml, urlEntry, urlsetXml } from './sitemap-xml.ts';
import { sitemapSchemaErrors } from './testing/xml-validation.ts';
import { escapeXml, normalizeBaseUrl, w3cDateTime } from './xml.ts';

describe('escapeXml', () => {
  it('escapes markup and drops characters XML forbids', () => {
    expect(escapeXml(`a&b<c>"d'\u0001e`)).toBe('a&amp;b&lt;c&gt;&quot;d&apos;e');
  });

  it('always yields a URL the sitemap schema accepts', async () => {
    const samples = fc.sample(fc.string({ unit: 'binary', maxLength: 40 }), 30);
    const xml = urlsetXml(samples.map((s) => ({ loc: `https://shop.example/p/${s}` })));
    expect(await sitemapSchemaErrors(xml, 'urlset')).toEqual([]);
  });
});

describe('sitemap files', () => {
  it('writes a urlset and an index that validate against the sitemaps.org schemas', async () => {
    const lastmod = new Date('2026-12-01T10:20:30.456Z');
    const urlset = urlsetXml([{ loc: 'https://shop.example/p/a?x=1&y=2', lastmod }, { loc: 'https://shop.example/' }]);
    expect(urlset).toContain('<loc>https://shop.example/p/a?x=1&amp;y=2</loc><lastmod>2026-12-01T10:20:30Z</lastmod>');
    expect(await sitemapSchemaErrors(urlset, 'urlset')).toEqual([]);
    const index = sitemapIndexXml([{ loc: 'https://shop.example/sitemaps/products-1.xml', lastmod }]);
    expect(await sitemapSchemaErrors(index, 'sitemapindex')).toEqual([]);
  });

  it('rejects what the schema rejects, so the validator is really checking', async () => {
    expect(await sitemapSchemaErrors('<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><lastmod>yesterday</lastmod></url></urlset>', 'urlset')).not.toEqual([]);
    expect(await sitemapSchemaErrors(urlsetXml([{ loc: 'https://shop.example/' }]), 'sitemapindex')).not.toEqual([]);
  });

  it('keeps a full file of the longest product URLs under the 50 MB limit', () => {
    for (const base of ['https://shop.example', `https://${'s'.repeat(990)}.example`]) {
      const loc = `${base}/p/${'a'.repeat(200)}`;
      expect(loc.length).toBeLessThan(SITEMAP_MAX_LOC_LENGTH);
      const perFile = productUrlsPerFile(base);
      const size = URLSET_OPEN.length + Buffer.byteLength(urlEntry({ loc, lastmod: new Date() })) * perFile + URLSET_CLOSE.length;
      expect(size).toBeLessThanOrEqual(SITEMAP_MAX_BYTES);
      expect(perFile).toBeLessThanOrEqual(SITEMAP_MAX_URLS);
    }
    expect(productUrlsPerFile('https://shop.example')).toBe(SITEMAP_MAX_URLS);
    expect(productUrlsPerFile(`https://${'s'.repeat(990)}.example`)).toBeLessThan(SITEMAP_MAX_URLS);
  });
});

describe('normalizeBaseUrl', () => {
  it('drops the trailing slash and refuses other schemes', () => {
    expect(normalizeBaseUrl('https://shop.example/')).toBe('https://shop.example');
    expect(() => normalizeBaseUrl('javascript:alert(1)')).toThrow();
    expect(w3cDateTime(new Date('2026-01-02T03:04:05.678Z'))).toBe('2026-01-02T03:04:05Z');
  });
});
