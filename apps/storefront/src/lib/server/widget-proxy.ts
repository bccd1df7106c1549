// The widget script and its data passed through from the API, so the partner portal's live
// preview runs the real widget from this origin (the storefront's CSP allows only 'self').
import { error } from '@sveltejs/kit';
import { apiUrl } from '$lib/server/api';

const PASSED_ON = ['content-type', 'cache-control', 'etag', 'vary', 'x-content-type-options'];

export async function proxyWidget(fetcher: typeof fetch, request: Request, pathAndQuery: string): Promise<Response> {
  const headers = new Headers();
  const ifNoneMatch = request.headers.get('if-none-match');
  if (ifNoneMatch) headers.set('if-none-match', ifNoneMatch);
  const upstream = await fetcher(`${apiUrl()}${pathAndQuery}`, { headers }).catch(() => null);
  if (!upstream) error(503, 'The widget is unavailable right now.');
  const out = new Headers();
  for (const name of PASSED_ON) {
    const value = upstream.headers.get(name);
    if (value) out.set(name, value);
  }
  return new Response(upstream.status === 304 ? null : upstream.body, { status: upstream.status, headers: out });
}
