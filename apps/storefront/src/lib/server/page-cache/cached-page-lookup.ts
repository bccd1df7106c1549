// Page-cache hits answered before SvelteKit: the server entry (apps/storefront/serve.js) asks this
// lookup first with the raw Node request, and hands everything it does not answer to SvelteKit.
// A hit here skips building a fetch Request, the cookie jar, the hooks and a Response: that
// machinery cost most of a cached page's time. Fresh copies, and copies past their time-to-live
// while another request renders them anew, are answered here; misses (which render) stay with the
// `handle` wrapper, which shares the store and the renders under way.
import { parse as parseCookies } from 'cookie';
import type { FrontEndSite } from '@tandem/web-kit/site';
import type { CachedAnswer } from './cached-answer';
import { hit, servableCopy, type PageCache } from './page-cache-handle';
import { anonymousPageKey } from './page-cache-policy';

/** The parts of a Node `IncomingMessage` the lookup reads. */
export interface RawRequest {
  method?: string;
  url?: string;
  headers: Record<string, string | string[] | undefined>;
}

export type CachedPageLookup = (request: RawRequest) => Promise<CachedAnswer | null>;

/** Where the server entry finds the lookup: the SvelteKit bundle registers it when its hooks load. */
export const CACHED_PAGE_LOOKUP = Symbol.for('tandem.storefront.cachedPageLookup');

export interface LookupOptions {
  cache: () => PageCache | null;
  site: () => FrontEndSite;
  /**
   * The origin SvelteKit builds `event.url` from (adapter-node: ORIGIN), so both paths agree on
   * the key; null makes the lookup answer nothing (the origin would come from request headers).
   */
  origin: () => string | null;
}

/**
 * The stored answer for a raw request, or null to let SvelteKit answer (not anonymous, not a
 * cacheable page, nothing fresh stored, catalog version unknown).
 */
export function createCachedPageLookup(options: LookupOptions): CachedPageLookup {
  return async (request) => {
    const pages = options.cache();
    const origin = options.origin();
    if (!pages || !origin || request.method !== 'GET' || !request.url?.startsWith('/')) return null;
    const url = new URL(origin + request.url);
    const cookieHeader = header(request, 'cookie');
    const cookies = cookieHeader ? parseCookies(cookieHeader) : {};
    const key = anonymousPageKey({ method: 'GET', url, cookies: { get: (name) => cookies[name] } }, options.site());
    if (key === null) return null;
    const version = await pages.versions.current();
    const page = version === null ? undefined : servableCopy(pages, key, version);
    if (!page) return null;
    return hit(pages, page, header(request, 'if-none-match'));
  };
}

/** Installs `lookup` where the server entry looks for it. */
export function registerCachedPageLookup(lookup: CachedPageLookup): void {
  (globalThis as Record<symbol, unknown>)[CACHED_PAGE_LOOKUP] = lookup;
}

function header(request: RawRequest, name: string): string | null {
  const value = request.headers[name];
  return typeof value === 'string' ? value : (value?.[0] ?? null);
}
