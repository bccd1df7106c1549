// The sitemaps.org 0.9 protocol as strings: a <urlset> written entry by entry (so a page can be
// streamed) and a <sitemapindex>. Limits are the protocol's: 50,000 URLs and 50 MB per file.
import { escapeXml, w3cDateTime } from './xml.ts';

export const SITEMAP_NS = 'http://www.sitemaps.org/schemas/sitemap/0.9';
/** The protocol's limit of URLs in one sitemap file (and of sitemaps in one index). */
export const SITEMAP_MAX_URLS = 50_000;
/** The protocol's limit of one file's size, uncompressed. */
export const SITEMAP_MAX_BYTES = 50 * 1024 * 1024;
/** The protocol's limit of a <loc>. */
export const SITEMAP_MAX_LOC_LENGTH = 2_048;

/** The longest product slug (validators' `Slug`): product URLs have a known maximum length. */
const MAX_SLUG_LENGTH = 200;

/**
 * How many product URLs fit in one file under both limits: 50,000 unless the base URL is so
 * long that 50,000 of the longest possible entries would pass 50 MB.
 */
export function productUrlsPerFile(base: string): number {
  const longest = urlEntry({ loc: `${base}/p/${'a'.repeat(MAX_SLUG_LENGTH)}`, lastmod: new Date() });
  const room = SITEMAP_MAX_BYTES - URLSET_OPEN.length - URLSET_CLOSE.length;
  return Math.min(SITEMAP_MAX_URLS, Math.floor(room / Buffer.byteLength(longest)));
}

/** One URL of a sitemap. */
export interface SitemapUrl {
  /** Absolute URL. */
  loc: string;
  lastmod?: Date | null;
}

export const URLSET_OPEN = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="${SITEMAP_NS}">\n`;
export const URLSET_CLOSE = '</urlset>\n';

export function urlEntry({ loc, lastmod }: SitemapUrl): string {
  const date = lastmod ? `<lastmod>${w3cDateTime(lastmod)}</lastmod>` : '';
  return `<url><loc>${escapeXml(loc)}</loc>${date}</url>\n`;
}

/** A whole (small) urlset. */
export function urlsetXml(urls: readonly SitemapUrl[]): string {
  return URLSET_OPEN + urls.map(urlEntry).join('') + URLSET_CLOSE;
}

/** A sitemap index listing the store's sitemaps. */
export function sitemapIndexXml(sitemaps: readonly SitemapUrl[]): string {
  const entries = sitemaps.map(({ loc, lastmod }) => `<sitemap><loc>${escapeXml(loc)}</loc>${lastmod ? `<lastmod>${w3cDateTime(lastmod)}</lastmod>` : ''}</sitemap>\n`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="${SITEMAP_NS}">\n${entries.join('')}</sitemapindex>\n`;
}
