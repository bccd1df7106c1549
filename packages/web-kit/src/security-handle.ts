// The hook both apps run first (`sequence(securityHeadersHandle(…), …)` in hooks.server.ts), so
// whatever answers a request (a page, an endpoint, an error page, a redirect, the admin's early
// 401/403) leaves with the headers `securityHeaders` decides.
import type { Handle } from '@sveltejs/kit';
import { withSecurityHeaders } from './security-headers.ts';
import type { FrontEndSite } from './site.ts';

/**
 * A SvelteKit `handle` adding the security headers of `site()` to every response.
 *
 * @example export const handle = sequence(securityHeadersHandle(shopSite), handleShopper);
 */
export function securityHeadersHandle(site: () => FrontEndSite): Handle {
  return async ({ event, resolve }) => withSecurityHeaders(await resolve(event), site(), event.url.pathname);
}
