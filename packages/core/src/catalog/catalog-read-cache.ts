// Shopper-facing catalog reads (listing pages, product pages, the category tree) kept in memory
// per process. Correct because they are dropped whenever the catalog version moves (triggers bump
// it with every visible change; catalog-version.ts), and never older than the time-to-live, which
// bounds what is not versioned: stock levels within the same stock state.
import { AsyncLocalStorage } from 'node:async_hooks';
import { TtlCache } from '../shared/index.ts';

export interface CatalogReadCacheOptions {
  /** Longest an entry is reused, in ms: the most stock levels may lag. 0 turns caching off. */
  ttlMs: number;
  /** Most entries per kind of read (a listing page with facets is tens of kB). Default 1 000. */
  maxEntries?: number;
  now?: () => number;
}

/**
 * A cache per kind of read, all forgotten together when `sync` sees a new catalog version.
 *
 * @example const cache = createCatalogReadCache({ ttlMs: 5_000 }); cache.sync('42'); cache.read('list', key, load)
 */
export interface CatalogReadCache {
  /** The cached value of `kind`/`key`, else `load()`'s (concurrent callers share one load). */
  read<V>(kind: string, key: string, load: () => Promise<V>): Promise<V>;
  /** Tells the cache the catalog version now; one newer than last seen (or the first) drops every entry. Returns whether it did. */
  sync(version: string): boolean;
  /** Drops every entry. */
  clear(): void;
  /** The version last seen by `sync`, or null before the first. */
  readonly version: string | null;
  /**
   * Runs `work` and notes the earliest expiry (ms, the cache's clock) of the cached entries the
   * reads made inside it used: an answer built from them is as fresh as they are until then.
   * `freshUntil()` is 0 when a read bypassed the cache (caching off, or its load outlived a clear),
   * Infinity when no read was made.
   */
  observeExpiry<T>(work: () => T): { result: T; freshUntil: () => number };
  /** Reads answered from the cache and reads that loaded, since the start (caching on only): the hit ratio's parts. */
  stats(): { hits: number; misses: number };
}

export function createCatalogReadCache(options: CatalogReadCacheOptions, onClear: () => void = () => {}): CatalogReadCache {
  const caches = new Map<string, TtlCache<unknown>>();
  let version: string | null = null;
  const counts = { hits: 0, misses: 0 };
  const observed = new AsyncLocalStorage<{ earliest: number }>();
  const note = (expires: number) => {
    const probe = observed.getStore();
    if (probe) probe.earliest = Math.min(probe.earliest, expires);
  };
  const clear = () => {
    for (const cache of caches.values()) cache.clear();
    onClear();
  };
  return {
    read<V>(kind: string, key: string, load: () => Promise<V>): Promise<V> {
      if (options.ttlMs <= 0) {
        note(0);
        return load();
      }
      let cache = caches.get(kind);
      if (!cache) caches.set(kind, (cache = new TtlCache<unknown>(options.ttlMs, options.maxEntries ?? 1_000, options.now)));
      // A read joining a load under way counts as a hit: it costs the database nothing.
      if (cache.peek(key)) counts.hits += 1;
      else counts.misses += 1;
      const value = cache.getOrCompute(key, load) as Promise<V>;
      note(cache.expiresAt(key) ?? 0);
      return value;
    },
    sync(next: string): boolean {
      // Versions only grow; a late NOTIFY of an older one says nothing new.
      if (!/^\d+$/.test(next) || (version !== null && BigInt(next) <= BigInt(version))) return false;
      version = next;
      clear();
      return true;
    },
    clear,
    get version() {
      return version;
    },
    observeExpiry<T>(work: () => T) {
      const probe = { earliest: Infinity };
      const result = observed.run(probe, work);
      return { result, freshUntil: () => probe.earliest };
    },
    stats: () => ({ ...counts }),
  };
}
