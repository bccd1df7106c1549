// Which requests and responses the storefront's anonymous page cache may keep, under which key,
// and what it tells browsers and shared caches. Pure functions: page-cache-handle.ts applies them.
import type { Cookies } from '@sveltejs/kit';
import { cookieName } from '@tandem/web-kit/cookies';
import type { FrontEndSite } from '@tandem/web-kit/site';

/** What browsers and proxies are told about a page no other visitor may see. */
export const PRIVATE_CACHE_CONTROL = 'private, no-store';

/**
 * Pages that are the same for every anonymous visitor: home, the full listing, categories and
 * products. Search, cart, account, checkout and every form page stay out (personal, or a form key).
 */
const CACHEABLE_PAGES: readonly RegExp[] = [/^\/$/, /^\/products$/, /^\/c\/[a-z0-9-]+(\/[a-z0-9-]+)*$/, /^\/p\/[a-z0-9-]+$/];

/**
 * True for a page in `CACHEABLE_PAGES`. Not for its client-side navigation data
 * (`<page>/__data.json`): the browser may ask for it before a choice that changes the visitor
 * (hover preloading) and reuse it after, so it is rendered for each request.
 */
export function isCacheablePage(pathname: string): boolean {
  return CACHEABLE_PAGES.some((pattern) => pattern.test(pathname));
}

/**
 * The cache key of a request any anonymous visitor would get the same answer to, or null. A
 * request with a session, cart, referral or visitor cookie is never anonymous. The tracking
 * choice is part of the key: the page asks a visitor who has not chosen yet.
 */
export function anonymousPageKey(request: { method: string; url: URL; cookies: Pick<Cookies, 'get'> }, site: FrontEndSite): string | null {
  if (request.method !== 'GET' || !isCacheablePage(request.url.pathname)) return null;
  for (const purpose of ['session', 'cart', 'ref', 'visitor'] as const) {
    if (request.cookies.get(cookieName(site, purpose))) return null;
  }
  const consent = request.cookies.get(cookieName(site, 'consent'));
  const choice = consent === 'yes' || consent === 'no' ? consent : 'unasked';
  return `${choice} ${request.url.href}`;
}

/**
 * True when a rendered response may be served to other anonymous visitors: a 200 that sets no
 * cookie (the render started a cart or a session after all) and that no route marked private.
 */
export function isShareableResponse(response: Response): boolean {
  if (response.status !== 200 || response.headers.has('set-cookie')) return false;
  const cacheControl = response.headers.get('cache-control');
  return cacheControl === null || !/no-store|private/i.test(cacheControl);
}

/**
 * `Cache-Control` of a page served to anonymous visitors: browsers revalidate (`max-age=0`);
 * shared caches keep it as long as this server does and may serve it stale while refetching.
 */
export function publicCacheControl(ttlMs: number, staleMs: number): string {
  return `public, max-age=0, s-maxage=${Math.max(1, Math.floor(ttlMs / 1000))}, stale-while-revalidate=${Math.floor(staleMs / 1000)}`;
}
