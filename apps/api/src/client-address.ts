// Which address a request counts against in per-address limits (sign-in, sign-up, password
// reset, support questions, code guesses, affiliate floods). Headers anyone can send never
// decide it on their own: the socket's peer does, unless the request proves it passed a hop the
// operator trusts — a configured proxy (X-Forwarded-For, walked from the right) or the
// storefront/admin server (the shared INTERNAL_API_SECRET, compared in constant time).
import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import ipaddr from 'ipaddr.js';
import proxyaddr from 'proxy-addr';

/** Carries INTERNAL_API_SECRET from the storefront and admin servers (sent by @tandem/web-kit/api-auth). */
export const INTERNAL_SECRET_HEADER = 'x-tandem-internal-secret';
/** The shopper's address as the storefront or admin server saw it; honoured only beside the secret. */
export const CLIENT_ADDRESS_HEADER = 'x-tandem-client-address';

/**
 * Who may tell the API a client's address.
 *
 * @example { trustedProxies: ['10.0.0.0/8', '127.0.0.1'], internalSecret: process.env.INTERNAL_API_SECRET }
 */
export interface ClientAddressPolicy {
  /** Proxies whose X-Forwarded-For entries are believed: addresses, CIDRs, or proxy-addr's `loopback`/`linklocal`/`uniquelocal`. */
  trustedProxies: readonly string[];
  /** The secret the storefront and admin servers send with the shopper's address; unset: nobody may. */
  internalSecret?: string | undefined;
}

/** A policy that believes no header: every request counts against its socket's peer. */
export const SOCKET_ONLY: ClientAddressPolicy = { trustedProxies: [] };

/**
 * Compiles a policy once (throws on an entry that is no address or CIDR) into a reader for
 * each request. Addresses come back normalised (`::ffff:1.2.3.4` is `1.2.3.4`), so one client
 * is one bucket whichever way it connected.
 */
export function createClientAddressReader(policy: ClientAddressPolicy): (req: IncomingMessage) => string {
  const trust = policy.trustedProxies.length ? proxyaddr.compile([...policy.trustedProxies]) : null;
  const secretDigest = policy.internalSecret ? digest(policy.internalSecret) : null;
  return (req) => {
    const socketAddress = normalise(req.socket.remoteAddress) ?? 'unknown';
    if (secretDigest && hasSecret(req, secretDigest)) return normalise(single(req.headers[CLIENT_ADDRESS_HEADER])) ?? socketAddress;
    if (trust) return normalise(proxyaddr(req, trust)) ?? socketAddress;
    return socketAddress;
  };
}

/**
 * Whether a request comes from a hop the operator trusts: it carries the internal secret (the
 * storefront and admin servers) or its socket's peer is a configured proxy. Only such callers
 * may name the request's id (request-id.ts); anyone else could fill the log with forged ones.
 */
export function createTrustedCallerCheck(policy: ClientAddressPolicy): (req: IncomingMessage) => boolean {
  const trust = policy.trustedProxies.length ? proxyaddr.compile([...policy.trustedProxies]) : null;
  const secretDigest = policy.internalSecret ? digest(policy.internalSecret) : null;
  return (req) => {
    if (secretDigest && hasSecret(req, secretDigest)) return true;
    const peer = normalise(req.socket.remoteAddress);
    return trust !== null && peer !== null && trust(peer, 0);
  };
}

function hasSecret(req: IncomingMessage, expected: Buffer): boolean {
  const presented = single(req.headers[INTERNAL_SECRET_HEADER]);
  // Digests of equal length, so the comparison takes the same time whatever was sent.
  return presented !== undefined && timingSafeEqual(digest(presented), expected);
}

function digest(value: string): Buffer {
  return createHash('sha256').update(value).digest();
}

/** A valid IP address in its canonical form, or null (a forwarded value may be anything). */
function normalise(address: string | undefined): string | null {
  // A zone (`fe80::1%eth0`) names the server's own interface, not the client: dropped.
  const trimmed = address?.split('%')[0]?.trim();
  return trimmed && ipaddr.isValid(trimmed) ? ipaddr.process(trimmed).toString() : null;
}

function single(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}
