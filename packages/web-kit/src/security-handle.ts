// The wrapper around both apps' `handle` hooks, so whatever answers a request (a page, an
// endpoint, an error page, a redirect, the admin's early 401/403) leaves with the headers
// `securityHeaders` decides. A wrapper rather than a `sequence` step: it needs nothing of
// SvelteKit's request machinery, so tests can run the apps' hooks on a plain request.
import type { Handle } from '@sveltejs/kit';
import { withSecurityHeaders } from './security-headers.ts';
import type { FrontEndSite } from './site.ts';

/**
 * `handle` with the security headers of `site()` added to every response it returns.
 *
 * @example export const handle = withSecurityHeadersHandle(shopSite, handleShopper);
 */
export function withSecurityHeadersHandle(site: () => FrontEndSite, handle: Handle): Handle {
  return async (input) => withSecurityHeaders(await handle(input), site(), input.event.url.pathname);
}
