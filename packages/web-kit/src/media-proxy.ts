// Product images are served by the API; the shop and the admin pass them through so the
// browser loads everything from their own origin (strict CSP). Bodies are streamed; caching
// headers and ETags are kept.
import { error } from '@sveltejs/kit';

const SEGMENT = /^[\w][\w.-]*$/;
const PASSED_ON = ['content-type', 'content-length', 'cache-control', 'etag', 'last-modified', 'content-security-policy', 'x-content-type-options'];

/** Answers a GET of `/media/<path>` from the API at `apiBase`. */
export async function proxyMedia(apiBase: string, path: string, request: Request, fetch: typeof globalThis.fetch): Promise<Response> {
  const segments = path.split('/');
  if (!segments.every((segment) => SEGMENT.test(segment))) error(404, 'Not found');

  const headers = new Headers();
  const ifNoneMatch = request.headers.get('if-none-match');
  if (ifNoneMatch) headers.set('if-none-match', ifNoneMatch);

  const upstream = await fetch(`${apiBase}/media/${segments.join('/')}`, { headers }).catch(() => null);
  if (!upstream) error(503, 'Images are unavailable right now.');
  if (upstream.status === 404) error(404, 'Not found');
  if (upstream.status !== 200 && upstream.status !== 304) error(502, 'Images are unavailable right now.');

  const out = new Headers();
  for (const name of PASSED_ON) {
    const value = upstream.headers.get(name);
    if (value) out.set(name, value);
  }
  return new Response(upstream.status === 304 ? null : upstream.body, { status: upstream.status, headers: out });
}
