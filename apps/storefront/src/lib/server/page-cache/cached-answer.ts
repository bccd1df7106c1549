// What a visitor served a stored page receives: one function for both ways a hit is answered
// (the `handle` wrapper inside SvelteKit, and the server entry's lookup before SvelteKit), so the
// two send the same status and headers byte for byte.
import { newRequestId, REQUEST_ID_HEADER } from '@tandem/web-kit/request-id';
import type { StoredPage } from './page-store';

/** A response as plain data: cheap to write to a Node `ServerResponse` or to wrap in a `Response`. */
export interface CachedAnswer {
  status: number;
  headers: [string, string][];
  /** Null for a `304`. */
  body: Uint8Array<ArrayBuffer> | null;
}

/** Whether the page was rendered for this request (`MISS`) or is a copy (`HIT`), for `x-page-cache`. */
export type CacheState = 'HIT' | 'MISS';

/**
 * `page` for one visitor: its stored headers (security headers, `Cache-Control`, `Vary` included)
 * with this response's own request id; a bodiless `304` when they hold its ETag.
 */
export function cachedAnswer(page: StoredPage, state: CacheState, options: { ifNoneMatch: string | null; requestId?: string }): CachedAnswer {
  const common: [string, string][] = [...page.headers, ['x-page-cache', state], [REQUEST_ID_HEADER, options.requestId ?? newRequestId()]];
  const etag = page.headers.find(([name]) => name === 'etag')?.[1];
  if (etag !== undefined && options.ifNoneMatch === etag) {
    return { status: 304, headers: common.filter(([name]) => name !== 'content-type'), body: null };
  }
  return { status: page.status, headers: [...common, ['content-length', String(page.body.byteLength)]], body: page.body };
}

/** The answer as a fetch `Response`, for SvelteKit. */
export function toResponse(answer: CachedAnswer): Response {
  return new Response(answer.body, { status: answer.status, headers: answer.headers });
}
