// The anonymous page cache as a `handle` wrapper: a visitor with no session, cart, referral or
// visitor cookie asking for a product, category, listing or the home page gets the copy the
// last anonymous render made at the current catalog version, or renders it for everyone.
// Anything else passes through untouched, marked `private, no-store`.
import type { Handle, RequestEvent } from '@sveltejs/kit';
import { REQUEST_ID_HEADER } from '@tandem/web-kit/request-id';
import { withSecurityHeaders } from '@tandem/web-kit/security-headers';
import type { FrontEndSite } from '@tandem/web-kit/site';
import type { AnonymousEvents } from './anonymous-events';
import { cachedAnswer, toResponse, type CachedAnswer } from './cached-answer';
import type { CatalogVersionWatch } from './catalog-version-watch';
import { anonymousPageKey, isShareableResponse, PRIVATE_CACHE_CONTROL, publicCacheControl } from './page-cache-policy';
import type { PageStore, StoredEvent, StoredPage } from './page-store';

/** The parts of a page cache; one per process (page-cache.ts builds it from the environment). */
export interface PageCache {
  store: PageStore;
  versions: CatalogVersionWatch;
  events: AnonymousEvents;
  /** The store's time-to-live, for `Cache-Control`. */
  ttlMs: number;
}

/** How long past its time-to-live a copy may still stand in while it is re-rendered; also the `stale-while-revalidate` sent. */
export const MAX_STALE_MS = 30_000;

/** Headers that belong to one response, or that the cache decides itself, never taken from the render. */
const PER_RESPONSE_HEADERS = new Set(['set-cookie', REQUEST_ID_HEADER, 'date', 'content-length', 'cache-control', 'vary', 'x-page-cache']);

/** Renders under way per cache, by catalog version and key: shared by the `handle` wrapper and the server entry's lookup. */
const rendersByCache = new WeakMap<PageCache, Map<string, Promise<StoredPage | null>>>();

function rendersOf(pages: PageCache): Map<string, Promise<StoredPage | null>> {
  let renders = rendersByCache.get(pages);
  if (!renders) rendersByCache.set(pages, (renders = new Map()));
  return renders;
}

function renderKeyOf(version: string, key: string): string {
  return `${version} ${key}`;
}

/**
 * The copy of `key` to serve at `version` without rendering: a fresh one, or one at most
 * `MAX_STALE_MS` past its time-to-live while one request renders it anew. Never a copy of another
 * catalog version.
 */
export function servableCopy(pages: PageCache, key: string, version: string): StoredPage | undefined {
  const stored = pages.store.lookup(key, version);
  if (!stored) return undefined;
  if (stored.fresh) return stored.page;
  return stored.expiredForMs <= MAX_STALE_MS && rendersOf(pages).has(renderKeyOf(version, key)) ? stored.page : undefined;
}

/**
 * `handle` behind the page cache `cache()` (null: off). Concurrent anonymous requests for the
 * same page at the same version share one render: they wait for it, or get the copy past its
 * time-to-live while it runs. A copy of an older catalog version is never served.
 */
export function withPageCache(cache: () => PageCache | null, site: () => FrontEndSite, handle: Handle): Handle {
  return async (input) => {
    const { event } = input;
    const pages = cache();
    const key = pages ? anonymousPageKey({ method: event.request.method, url: event.url, cookies: event.cookies }, site()) : null;
    const version = pages && key ? await pages.versions.current() : null;
    if (!pages || !key || version === null) return markedPrivate(event, await handle(input));

    const copy = servableCopy(pages, key, version);
    if (copy) return served(pages, copy, event.request.headers.get('if-none-match'));
    const renders = rendersOf(pages);
    const renderKey = renderKeyOf(version, key);
    const running = renders.get(renderKey);
    if (running) {
      const page = await running;
      return page ? served(pages, page, event.request.headers.get('if-none-match')) : markedPrivate(event, await handle(input));
    }

    let done: (page: StoredPage | null) => void = () => {};
    renders.set(renderKey, new Promise((resolve) => (done = resolve)));
    try {
      const recorded: StoredEvent[] = [];
      event.locals.recordedBehaviour = recorded;
      const response = await handle(input);
      if (!isShareableResponse(response)) {
        done(null);
        return markedPrivate(event, response);
      }
      const page: StoredPage = { status: response.status, headers: storedHeaders(response, pages, site(), event.url.pathname), body: new Uint8Array(await response.arrayBuffer()), version, events: recorded };
      pages.store.set(key, page);
      done(page);
      return toResponse(cachedAnswer(page, 'MISS', { ifNoneMatch: null, requestId: response.headers.get(REQUEST_ID_HEADER) ?? undefined }));
    } catch (error) {
      done(null);
      throw error;
    } finally {
      renders.delete(renderKey);
    }
  };
}

/**
 * The headers every copy of a page is sent with, decided once when it is stored: the render's own
 * (CSP, ETag, type), the security headers the outer handle would add (already there, it adds
 * nothing), and what browsers and shared caches may do with it.
 */
function storedHeaders(response: Response, pages: PageCache, site: FrontEndSite, pathname: string): [string, string][] {
  const secured = withSecurityHeaders(response, site, pathname);
  const kept = [...secured.headers].filter(([name]) => !PER_RESPONSE_HEADERS.has(name));
  // `Vary: Cookie`: a shared cache must not hand this copy to someone whose cookies would change the page.
  return [...kept, ['cache-control', publicCacheControl(pages.ttlMs, MAX_STALE_MS)], ['vary', 'Cookie']];
}

/** A stored page for another visitor (their recorded behaviour is theirs too); also the server entry's answer to a hit. */
export function hit(pages: PageCache, page: StoredPage, ifNoneMatch: string | null): CachedAnswer {
  pages.events.add(page.events);
  return cachedAnswer(page, 'HIT', { ifNoneMatch });
}

function served(pages: PageCache, page: StoredPage, ifNoneMatch: string | null): Response {
  return toResponse(hit(pages, page, ifNoneMatch));
}

/** Pages and their navigation data no one else may see say so, unless the route already decided. */
function markedPrivate(event: RequestEvent, response: Response): Response {
  const type = response.headers.get('content-type') ?? '';
  const isPage = type.startsWith('text/html') || event.url.pathname.endsWith('/__data.json');
  if (!isPage || response.headers.has('cache-control')) return response;
  try {
    response.headers.set('cache-control', PRIVATE_CACHE_CONTROL);
    return response;
  } catch {
    const copy = new Response(response.body, response);
    copy.headers.set('cache-control', PRIVATE_CACHE_CONTROL);
    return copy;
  }
}
