// Reads what a request says about its shopper: the session and cart tokens the front end
// forwards, a partner site's API key, and the client address for rate limits.
import type { IncomingMessage } from 'node:http';
import type { RequestAuth } from '@tandem/api';

/**
 * The request's credentials and client address. `clientAddressOf` is the compiled policy
 * (`createClientAddressReader` in client-address.ts): headers alone never set the address.
 */
export function readRequestAuth(req: IncomingMessage, clientAddressOf: (req: IncomingMessage) => string): RequestAuth {
  const bearer = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '')?.[1] ?? null;
  // Partner sites may send their key as a bearer token; it is never a session token.
  const bearerKey = bearer?.startsWith('tpk_') ? bearer : null;
  const partnerKey = single(req.headers['x-partner-key'])?.trim() || bearerKey;
  const cartToken = single(req.headers['x-cart-token']);
  const referralToken = single(req.headers['x-referral']);
  return {
    sessionToken: bearerKey ? null : bearer,
    cartToken: cartToken && cartToken.length <= 200 ? cartToken : null,
    ip: clientAddressOf(req),
    userAgent: (single(req.headers['user-agent']) ?? '').slice(0, 300),
    partnerKey: partnerKey && partnerKey.length <= 200 ? partnerKey : null,
    referralToken: referralToken && referralToken.length <= 100 ? referralToken : null,
  };
}

function single(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}
