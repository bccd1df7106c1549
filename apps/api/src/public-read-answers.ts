// Finished answers of anonymous public reads, kept as bytes with their ETag and headers, so a
// repeated GET of the same tRPC URL is written straight to the socket: no tRPC, no JSON, no hash.
// Entries follow the catalog read cache they are built from (catalog-service.ts): all are dropped
// when it drops its reads (a new catalog version, a stock state that moved), and none outlives
// the oldest cached read it was made from, so stock shown lags no more than with that cache alone.
// Bounded by entries and by bytes; the least recently used go first.
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';
import { notModified } from './http-cache.ts';

/** A 200 answer as the tRPC path sent it; `headers` has no per-request header (the request id). */
export interface StoredAnswer {
  readonly body: Buffer;
  readonly etag: string;
  readonly headers: OutgoingHttpHeaders;
}

export interface PublicReadAnswersOptions {
  /** Longest an answer is kept, in ms (the catalog read cache's time-to-live); 0 turns the cache off. */
  ttlMs: number;
  /** Most bytes kept (bodies, keys and headers); 0 turns the cache off. */
  maxBytes: number;
  /** Most answers kept. Default 1 000. */
  maxEntries?: number;
  now?: () => number;
}

/**
 * The cache of finished answers, keyed by the exact request target.
 *
 * @example const answers = createPublicReadAnswers({ ttlMs: 5_000, maxBytes: 16 << 20 }); answers.lookup(req.url)
 */
export interface PublicReadAnswers {
  readonly enabled: boolean;
  /** The live answer for `target`, if any (counted as a hit or a miss). */
  lookup(target: string): StoredAnswer | undefined;
  /** Bumped by every `clear`: a miss notes it first, and `store` refuses an answer begun before a clear. */
  readonly generation: number;
  /** Keeps `answer` for `target` until `freshUntil` (at most the time-to-live), unless a clear came after `generation`. */
  store(target: string, generation: number, answer: StoredAnswer, freshUntil: number): void;
  clear(): void;
  stats(): { hits: number; misses: number; entries: number; bytes: number };
}

interface Entry extends StoredAnswer {
  readonly expires: number;
  readonly size: number;
}

export function createPublicReadAnswers(options: PublicReadAnswersOptions): PublicReadAnswers {
  const now = options.now ?? Date.now;
  const maxEntries = options.maxEntries ?? 1_000;
  const entries = new Map<string, Entry>();
  const counts = { hits: 0, misses: 0 };
  let bytes = 0;
  let generation = 0;
  const drop = (target: string, entry: Entry) => {
    entries.delete(target);
    bytes -= entry.size;
  };
  return {
    enabled: options.ttlMs > 0 && options.maxBytes > 0 && maxEntries > 0,
    lookup(target) {
      const entry = entries.get(target);
      if (entry && entry.expires <= now()) drop(target, entry);
      else if (entry) {
        // Maps iterate in insertion order: moving a hit to the end makes eviction least-recently-used.
        entries.delete(target);
        entries.set(target, entry);
        counts.hits += 1;
        return entry;
      }
      counts.misses += 1;
      return undefined;
    },
    get generation() {
      return generation;
    },
    store(target, begunAt, answer, freshUntil) {
      const expires = Math.min(freshUntil, now() + options.ttlMs);
      const size = sizeOf(target, answer);
      if (begunAt !== generation || expires <= now() || size > options.maxBytes) return;
      const previous = entries.get(target);
      if (previous) drop(target, previous);
      entries.set(target, { ...answer, expires, size });
      bytes += size;
      for (const [oldest, entry] of entries) {
        if (bytes <= options.maxBytes && entries.size <= maxEntries) break;
        drop(oldest, entry);
      }
    },
    clear() {
      generation += 1;
      entries.clear();
      bytes = 0;
    },
    stats: () => ({ ...counts, entries: entries.size, bytes }),
  };
}

/**
 * True when the request asks for tRPC's plain JSON answer, the one stored: tRPC reads these
 * request headers too, and streams JSON Lines to a client that asks for them (`trpc-accept`, or
 * `Accept: application/jsonl`), or may refuse a GET that names a content type. Such requests
 * neither read nor fill the cache.
 */
export function asksForPlainAnswer(req: IncomingMessage): boolean {
  const { accept } = req.headers;
  return req.headers['trpc-accept'] === undefined && req.headers['content-type'] === undefined && !(accept !== undefined && accept.includes('jsonl'));
}

/** Sends a stored answer as the tRPC path would have: the same headers and body, or its bodiless 304. */
export function sendStoredAnswer(req: IncomingMessage, res: ServerResponse, answer: StoredAnswer): void {
  for (const [name, value] of Object.entries(answer.headers)) if (value !== undefined) res.setHeader(name, value);
  if (!notModified(req, answer.etag)) {
    res.statusCode = 200;
    res.end(answer.body);
    return;
  }
  res.statusCode = 304;
  res.removeHeader('Content-Type');
  res.removeHeader('Content-Length');
  res.end();
}

/** The headers of a finished answer worth keeping, names as sent: all but the request's own id. */
export function storableHeaders(res: ServerResponse): OutgoingHttpHeaders {
  const headers: OutgoingHttpHeaders = {};
  // Node has getRawHeaderNames on every OutgoingMessage since 15.13; @types/node declares it on ClientRequest only.
  const names = (res as ServerResponse & { getRawHeaderNames(): string[] }).getRawHeaderNames();
  for (const name of names) if (name.toLowerCase() !== 'x-request-id') headers[name] = res.getHeader(name);
  return headers;
}

// Bodies dominate; keys and headers are counted so a flood of long query strings is bounded too.
function sizeOf(target: string, answer: StoredAnswer): number {
  let size = answer.body.length + target.length;
  for (const [name, value] of Object.entries(answer.headers)) size += name.length + String(value).length;
  return size;
}
