// Reads what a request says about its shopper: the session and cart tokens the front end
// forwards, and the client address for rate limits.
import type { IncomingMessage } from 'node:http';
import type { RequestAuth } from '@tandem/api';

export interface RequestAuthOptions {
  /** Trust `X-Forwarded-For` (set when the API sits behind the storefront or a proxy). */
  trustProxy: boolean;
}

export function readRequestAuth(req: IncomingMessage, { trustProxy }: RequestAuthOptions): RequestAuth {
  const bearer = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '')?.[1] ?? null;
  const cartToken = single(req.headers['x-cart-token']);
  const referralToken = single(req.headers['x-referral']);
  const forwarded = trustProxy ? single(req.headers['x-forwarded-for'])?.split(',')[0]?.trim() : undefined;
  return {
    sessionToken: bearer,
    cartToken: cartToken && cartToken.length <= 200 ? cartToken : null,
    ip: forwarded || req.socket.remoteAddress || 'unknown',
    userAgent: (single(req.headers['user-agent']) ?? '').slice(0, 300),
    referralToken: referralToken && referralToken.length <= 100 ? referralToken : null,
  };
}

function single(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}
