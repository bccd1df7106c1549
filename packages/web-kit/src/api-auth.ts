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
  /** This front-end request's id (request-id.ts); sent as `X-Request-Id`, which the API keeps beside the secret. */
  requestId?: string;
}

/** Carries INTERNAL_API_SECRET; the API reads it in apps/api/src/client-address.ts. */
export const INTERNAL_SECRET_HEADER = 'x-tandem-internal-secret';
/** The shopper's address; the API believes it only beside the secret. */
export const CLIENT_ADDRESS_HEADER = 'x-tandem-client-address';

/**
 * The headers of an API call made for this shopper. The shopper's address goes only with
 * `internalSecret` (INTERNAL_API_SECRET): without that proof the API would ignore it, and every
 * shopper then counts against this server's address in the API's per-address limits.
 */
export function apiHeaders(auth: ApiAuth, internalSecret?: string): Record<string, string> {
  const headers: Record<string, string> = {};
  if (internalSecret) {
    headers[INTERNAL_SECRET_HEADER] = internalSecret;
    headers[CLIENT_ADDRESS_HEADER] = auth.clientAddress;
  }
  if (auth.sessionToken) headers.authorization = `Bearer ${auth.sessionToken}`;
  if (auth.cartToken) headers['x-cart-token'] = auth.cartToken;
  if (auth.userAgent) headers['user-agent'] = auth.userAgent.slice(0, 300);
  if (auth.referralToken) headers['x-referral'] = auth.referralToken;
  // The API keeps it only from a caller that proves the secret; otherwise it makes its own.
  if (auth.requestId) headers['x-request-id'] = auth.requestId;
  return headers;
}
