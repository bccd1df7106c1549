// The rendered pages themselves: bounded in bytes, least recently used out first, each entry
// stamped with the catalog version it was made at and dropped once that is no longer current or
// its time-to-live (what the version does not cover: sales starting, offers, stock levels) ends.
import type { RecordEventsInput } from '@tandem/validators';
import { LRUCache } from 'lru-cache';

/** A behaviour event as the storefront records it (visitor.ts). */
export type StoredEvent = RecordEventsInput['events'][number];

/** One stored response: what a later anonymous visitor receives instead of a render. */
export interface StoredPage {
  status: number;
  headers: [string, string][];
  body: Uint8Array<ArrayBuffer>;
  /** The catalog version current when the render started. */
  version: string;
  /** Behaviour the render recorded (a product view), sent again for every visitor served this copy. */
  events: readonly StoredEvent[];
}

export interface PageStoreOptions {
  /** Longest a page is served, in ms. */
  ttlMs: number;
  /** Most bytes of bodies held. */
  maxBytes: number;
  /** The clock, in ms (tests); default `performance.now`. */
  now?: () => number;
}

export interface PageStore {
  /** The page under `key` if it was made at `version` and is within its time-to-live. */
  get(key: string, version: string): StoredPage | undefined;
  /**
   * The page under `key` made at `version`, past its time-to-live or not (`fresh`): a stale copy
   * may stand in while one request renders it anew.
   */
  lookup(key: string, version: string): { page: StoredPage; fresh: boolean; expiredForMs: number } | undefined;
  set(key: string, page: StoredPage): void;
  readonly size: number;
}

/** Why lru-cache rather than a Map: byte bounds, recency and TTL are its job (docs/decisions.md). */
export function createPageStore(options: PageStoreOptions): PageStore {
  const pages = new LRUCache<string, StoredPage>({
    maxSize: options.maxBytes,
    // Headers and the key are small beside a 20–30 kB page; a fixed allowance keeps the sum honest.
    sizeCalculation: (page, key) => page.body.byteLength + key.length + 512,
    ttl: options.ttlMs,
    // Expiry is checked on every get: no timers per entry.
    ttlAutopurge: false,
    // An expired page stays until evicted or replaced: `lookup` may hand it out while it is re-rendered.
    noDeleteOnStaleGet: true,
    // Read the clock on every get rather than reuse a reading for a millisecond.
    ttlResolution: 0,
    ...(options.now ? { perf: { now: options.now } } : {}),
  });
  const lookup = (key: string, version: string) => {
    const page = pages.get(key, { allowStale: true });
    if (!page) return undefined;
    if (page.version !== version) {
      pages.delete(key);
      return undefined;
    }
    const remaining = pages.getRemainingTTL(key);
    return { page, fresh: remaining > 0, expiredForMs: Math.max(0, -remaining) };
  };
  return {
    get(key, version) {
      const found = lookup(key, version);
      return found?.fresh ? found.page : undefined;
    },
    lookup,
    set(key, page) {
      pages.set(key, page);
    },
    get size() {
      return pages.size;
    },
  };
}
