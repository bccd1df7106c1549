// HTTP caching of the shopper-facing catalog reads over tRPC: who may keep a response
// (`Cache-Control`) and conditional GETs (`ETag`, `304`). Only anonymous queries of the listed
// procedures are public; anything with a session, cart or partner credential, and every other
// procedure, is `private, no-store`, so a CDN or proxy never hands one shopper's answer to another.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { RequestAuth } from '@tandem/api';
import { etagOf, notModified } from './http-cache.ts';
import { storableHeaders, type StoredAnswer } from './public-read-answers.ts';

/** Procedures whose answer is the same for every shopper (no customer, cart or partner input). */
export const PUBLIC_READS: ReadonlySet<string> = new Set(['catalog.list', 'catalog.bySlug', 'catalog.categories']);

/** How long shared caches may keep public reads. */
export interface PublicReadPolicy {
  /** `s-maxage`: seconds a CDN or proxy serves a public read without asking (also the most prices there may lag). */
  sMaxAgeSeconds: number;
  /** `stale-while-revalidate`: seconds after that it may serve the old copy while fetching a new one. */
  staleWhileRevalidateSeconds: number;
}

/** True when every procedure of the batch is a public read. */
export function isPublicReadBatch(paths: readonly string[] | undefined): boolean {
  return paths !== undefined && paths.length > 0 && paths.every((path) => PUBLIC_READS.has(path));
}

/** True when the request carries anything that names a person, a cart or a partner. */
export function isPersonal(auth: Pick<RequestAuth, 'sessionToken' | 'cartToken' | 'partnerKey'>): boolean {
  return auth.sessionToken !== null || auth.cartToken !== null || auth.partnerKey !== null;
}

/**
 * The `Cache-Control` of a tRPC response: public with `s-maxage`/`stale-while-revalidate` for an
 * anonymous, successful query of public reads; `private, no-store` for everything else.
 */
export function cacheControlOf(
  response: { type: string; paths: readonly string[] | undefined; failed: boolean; auth: Pick<RequestAuth, 'sessionToken' | 'cartToken' | 'partnerKey'> | undefined },
  policy: PublicReadPolicy,
): string {
  const shared = response.type === 'query' && !response.failed && response.auth !== undefined && !isPersonal(response.auth) && isPublicReadBatch(response.paths);
  return shared ? `public, s-maxage=${policy.sMaxAgeSeconds}, stale-while-revalidate=${policy.staleWhileRevalidateSeconds}` : 'private, no-store';
}

/**
 * Holds the response body back until it is complete, then sends it with a strong `ETag`, or a
 * bodiless `304` when the client's `If-None-Match` names it. For small JSON answers only.
 * `keep` gets every 200 answer as sent (before a 304 replaces it), for public-read-answers.ts.
 */
export function answerConditionally(req: IncomingMessage, res: ServerResponse, keep?: (answer: StoredAnswer) => void): void {
  const chunks: Buffer[] = [];
  const end = res.end.bind(res) as (body?: Buffer) => ServerResponse;
  const collect = (chunk: unknown) => {
    if (typeof chunk === 'string' || chunk instanceof Uint8Array) chunks.push(Buffer.from(chunk));
  };
  Object.assign(res, {
    write(chunk: unknown) {
      collect(chunk);
      return true;
    },
    end(chunk?: unknown) {
      if (typeof chunk !== 'function') collect(chunk);
      const body = Buffer.concat(chunks);
      if (res.statusCode !== 200) return end(body);
      const etag = etagOf(body);
      res.setHeader('ETag', etag);
      keep?.({ body, etag, headers: storableHeaders(res) });
      if (!notModified(req, etag)) return end(req.method === 'HEAD' ? undefined : body);
      res.statusCode = 304;
      res.removeHeader('Content-Type');
      res.removeHeader('Content-Length');
      return end();
    },
  });
}
