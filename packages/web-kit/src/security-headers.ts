// The one decision on the security headers of every response the shop and the admin send:
// pages, endpoints, error pages and redirects alike (applied by `securityHeadersHandle` in both
// apps' hooks). A header a route set on purpose (a stricter Referrer-Policy on a page with a
// token in its address, the widget preview's own CSP) is kept; anything missing is filled in.
import type { FrontEnd, FrontEndSite } from './site.ts';

/** One year; subdomains included because the API and the admin are meant to be HTTPS too. */
export const HSTS = 'max-age=31536000; includeSubDomains';

/**
 * Responses other pages may frame, and only pages of the same origin: the partner portal frames
 * its live widget preview. Partner sites never frame a page: the widget and the ring bar are
 * elements a script draws into the partner's own page, so everything else refuses framing.
 */
const SAME_ORIGIN_FRAMES: Record<FrontEnd, readonly string[]> = {
  shop: ['/partners/widget/preview'],
  admin: [],
};

/**
 * Links out of the shop tell the other site only the shop's origin, never a path or query
 * (reset tokens, searches). Staff addresses name orders and customers: nothing leaves the admin.
 */
const REFERRER_POLICY: Record<FrontEnd, string> = {
  shop: 'strict-origin-when-cross-origin',
  admin: 'same-origin',
};

/**
 * The headers a response of `site` at `pathname` must carry. HSTS only when the configured
 * public origin is HTTPS (a browser ignores it over HTTP, and sending it from a dev server would
 * pin `localhost`).
 *
 * @example securityHeaders({ app: 'shop', https: true }, '/cart')['x-frame-options'] // 'DENY'
 */
export function securityHeaders(site: FrontEndSite, pathname: string): Record<string, string> {
  const sameOrigin = SAME_ORIGIN_FRAMES[site.app].includes(pathname);
  return {
    'x-content-type-options': 'nosniff',
    'referrer-policy': REFERRER_POLICY[site.app],
    'x-frame-options': sameOrigin ? 'SAMEORIGIN' : 'DENY',
    'content-security-policy': `frame-ancestors ${sameOrigin ? "'self'" : "'none'"}`,
    ...(site.https ? { 'strict-transport-security': HSTS } : {}),
  };
}

/**
 * `response` with the headers of `securityHeaders` it lacks. A Content-Security-Policy the page
 * already has (SvelteKit's, from svelte.config.js) is kept, with `frame-ancestors` added only
 * when it has none. A response with immutable headers (one passed through from `fetch`) is
 * copied first.
 */
export function withSecurityHeaders(response: Response, site: FrontEndSite, pathname: string): Response {
  const out = hasMutableHeaders(response) ? response : new Response(response.body, response);
  for (const [name, value] of Object.entries(securityHeaders(site, pathname))) {
    const current = out.headers.get(name);
    if (current === null) out.headers.set(name, value);
    else if (name === 'content-security-policy' && !/(^|;)\s*frame-ancestors\s/i.test(current)) out.headers.set(name, `${current}; ${value}`);
  }
  return out;
}

function hasMutableHeaders(response: Response): boolean {
  try {
    // Setting a header to its own value changes nothing, but throws when the headers are immutable.
    response.headers.set('x-content-type-options', response.headers.get('x-content-type-options') ?? 'nosniff');
    return true;
  } catch {
    return false;
  }
}
