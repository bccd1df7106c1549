// Reads what a request says about its shopper: the session and cart tokens the front end
// forwards, a partner site's API key, and the client address for rate limits.
import type { IncomingMessage } from 'node:http';
import type { RequestAuth } from '@tandem/api';

/** What a request carries that makes it someone's: session, cart and partner tokens, a referral. */
export type RequestCredentials = Pick<RequestAuth, 'sessionToken' | 'cartToken' | 'partnerKey' | 'referralToken'>;

/**
 * The request's credentials alone, without the client address: enough to tell an anonymous
 * request (server.ts asks this on every stored public answer, where the address is not needed).
 */
export function readRequestCredentials(req: IncomingMessage): RequestCredentials {
  const bearer = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '')?.[1] ?? null;
  // Partner sites may send their key as a bearer token; it is never a session token.
  const bearerKey = bearer?.startsWith('tpk_') ? bearer : null;
  const partnerKey = single(req.headers['x-partner-key'])?.trim() || bearerKey;
  const cartToken = single(req.headers['x-cart-token']);
  const referralToken = single(req.headers['x-referral']);
  return {
    sessionToken: bearerKey ? null : bearer,
    cartToken: cartToken && cartToken.length <= 200 ? cartToken : null,
    partnerKey: partnerKey && partnerKey.length <= 200 ? partnerKey : null,
    referralToken: referralToken && referralToken.length <= 100 ? referralToken : null,
  };
}

/**
 * The request's credentials and client address. `clientAddressOf` is the compiled policy
 * (`createClientAddressReader` in client-address.ts): headers alone never set the address.
 */
export function readRequestAuth(req: IncomingMessage, clientAddressOf: (req: IncomingMessage) => string): RequestAuth {
  return { ...readRequestCredentials(req), ip: clientAddressOf(req), userAgent: (single(req.headers['user-agent']) ?? '').slice(0, 300) };
}

function single(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}
