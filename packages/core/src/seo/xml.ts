// XML text helpers shared by the sitemaps and the product feed.

// Characters XML 1.0 does not allow at all (control characters other than tab, LF, CR, and
// lone surrogates); a product title pasted from a word processor can carry them.
const INVALID_XML_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text or attribute value escaped for XML, with characters XML forbids removed. */
export function escapeXml(text: string): string {
  return text
    .replace(INVALID_XML_CHARS, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** A W3C datetime in UTC to the second ("2026-12-02T07:30:00Z"), as sitemaps' lastmod wants. */
export function w3cDateTime(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** The store's public base URL without a trailing slash, or an error when it is not http(s). */
export function normalizeBaseUrl(baseUrl: string): string {
  const url = new URL(baseUrl);
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error(`The public store URL must be http(s), not ${url.protocol}`);
  return url.href.replace(/\/+$/, '');
}
