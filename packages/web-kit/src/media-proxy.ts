// Product images are served by the API; the shop and the admin pass them through so the
// browser loads everything from their own origin (strict CSP), with the API's headers that keep
// an uploaded file inert (see api-file-proxy.ts and @tandem/media/serving).
import { error } from '@sveltejs/kit';
import { passThroughApiFile } from './api-file-proxy.ts';

const SEGMENT = /^[\w][\w.-]*$/;

/** Answers a GET of `/media/<path>` from the API at `apiBase`. */
export async function proxyMedia(apiBase: string, path: string, request: Request, fetch: typeof globalThis.fetch): Promise<Response> {
  const segments = path.split('/');
  if (!segments.every((segment) => SEGMENT.test(segment))) error(404, 'Not found');
  return passThroughApiFile(apiBase, `/media/${segments.join('/')}`, request, fetch, 'Images');
}
