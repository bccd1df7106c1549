// What the storefront server tells the API about the shopper behind a request. Plain module (no
// SvelteKit imports) so it can be tested.

/**
 * The shopper's credentials for one request, read from the HttpOnly cookies in
 * `hooks.server.ts`. Mutable on purpose: a form action that signs in or creates a cart updates
 * it, and the page's `load`, which runs later in the same request, then speaks as the new shopper.
 */
export interface ApiAuth {
  /** From the app's session cookie (web-kit's `cookieName(site, 'session')`); sent as `Authorization: Bearer …`. */
  sessionToken: string | null;
  /** From the shop's cart cookie: the anonymous cart; sent as `X-Cart-Token`. */
  cartToken: string | null;
  /** The browser's address (adapter-node's view of it), for the API's rate limits. */
  clientAddress: string;
  /** The browser's user agent, recorded with new sessions. */
  userAgent: string;
  /** From the storefront's affiliate attribution cookie; sent as `X-Referral`. */
  referralToken?: string | null;
}

/** The headers of an API call made for this shopper. */
export function apiHeaders(auth: ApiAuth): Record<string, string> {
  const headers: Record<string, string> = { 'x-forwarded-for': auth.clientAddress };
  if (auth.sessionToken) headers.authorization = `Bearer ${auth.sessionToken}`;
  if (auth.cartToken) headers['x-cart-token'] = auth.cartToken;
  if (auth.userAgent) headers['user-agent'] = auth.userAgent.slice(0, 300);
  if (auth.referralToken) headers['x-referral'] = auth.referralToken;
  return headers;
}
