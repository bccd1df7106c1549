// Whether a server's Content-Type can be the feed a schedule expects. Feeds are often served as
// plain text or as a generic download, so those pass; an HTML page (a sign-in or error page) or an
// image never does, nor a response that names no type at all.

const GENERIC = ['text/plain', 'application/octet-stream'];
const BY_FORMAT: Record<'CSV' | 'JSON', readonly string[]> = {
  CSV: ['text/csv', 'application/csv', 'text/comma-separated-values', 'application/vnd.ms-excel'],
  JSON: ['application/json', 'text/json'],
};

/**
 * @example acceptsFeedContentType('CSV', 'text/csv; charset=utf-8') // true
 * @example acceptsFeedContentType('JSON', 'text/html') // false
 */
export function acceptsFeedContentType(format: 'CSV' | 'JSON', contentType: string): boolean {
  const type = contentType.split(';')[0]!.trim().toLowerCase();
  if (!type) return false;
  if (GENERIC.includes(type) || BY_FORMAT[format].includes(type)) return true;
  return format === 'JSON' && /^application\/[a-z0-9.+-]+\+json$/.test(type);
}
