// Passes a file the API serves (images, sitemaps) through this origin: the body is streamed,
// caching headers and ETags are kept, conditional requests are forwarded.
import { error } from '@sveltejs/kit';
import { apiUrl } from './api';

const PASSED_ON = ['content-type', 'content-length', 'cache-control', 'etag', 'last-modified', 'content-security-policy', 'x-content-type-options'];

export async function passThroughApiFile(fetch: typeof globalThis.fetch, request: Request, apiPath: string, what: string): Promise<Response> {
  const headers = new Headers();
  const ifNoneMatch = request.headers.get('if-none-match');
  if (ifNoneMatch) headers.set('if-none-match', ifNoneMatch);

  const upstream = await fetch(`${apiUrl()}${apiPath}`, { headers }).catch(() => null);
  if (!upstream) error(503, `${what} are unavailable right now.`);
  if (upstream.status === 404) error(404, 'Not found');
  if (upstream.status !== 200 && upstream.status !== 304) error(502, `${what} are unavailable right now.`);

  const out = new Headers();
  for (const name of PASSED_ON) {
    const value = upstream.headers.get(name);
    if (value) out.set(name, value);
  }
  return new Response(upstream.status === 304 ? null : upstream.body, { status: upstream.status, headers: out });
}
