// Passes a file the API serves (images, sitemaps) through a SvelteKit server, so the browser loads
// everything from the shop's or admin's own origin: the body is streamed, conditional requests
// are forwarded, and the headers that keep a file inert (type, nosniff, CSP, disposition) travel
// with it, as do the caching ones. One list for both apps, so a proxy cannot drop one.
import { error } from '@sveltejs/kit';

/** Response headers copied from the API; anything else (cookies, server details) stays behind. */
export const PASSED_ON_HEADERS = [
  'content-type', 'content-length', 'content-disposition', 'content-security-policy', 'x-content-type-options',
  'cache-control', 'etag', 'last-modified',
] as const;

/**
 * Answers a GET with the API's file at `apiPath`; `what` names the files in error messages
 * ("Images are unavailable right now.").
 *
 * @example passThroughApiFile(apiUrl(), '/sitemap.xml', request, fetch, 'Sitemaps')
 */
export async function passThroughApiFile(apiBase: string, apiPath: string, request: Request, fetch: typeof globalThis.fetch, what: string): Promise<Response> {
  const headers = new Headers();
  const ifNoneMatch = request.headers.get('if-none-match');
  if (ifNoneMatch) headers.set('if-none-match', ifNoneMatch);

  const upstream = await fetch(`${apiBase}${apiPath}`, { headers }).catch(() => null);
  if (!upstream) error(503, `${what} are unavailable right now.`);
  if (upstream.status === 404) error(404, 'Not found');
  if (upstream.status !== 200 && upstream.status !== 304) error(502, `${what} are unavailable right now.`);

  const out = new Headers();
  for (const name of PASSED_ON_HEADERS) {
    const value = upstream.headers.get(name);
    if (value) out.set(name, value);
  }
  return new Response(upstream.status === 304 ? null : upstream.body, { status: upstream.status, headers: out });
}
