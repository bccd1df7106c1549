// One GET to a partner's server, with the policy that keeps outbound fetches from being turned
// against the store's own network (SSRF) or its memory:
// - only http: and https: URLs, without credentials;
// - every address the host name resolves to is checked in the socket's `lookup` hook, so the
//   address checked is the address connected to (a DNS answer cannot change in between, as it
//   can when a name is resolved once to check and again to connect); address literals, which
//   never reach the hook, are checked up front, and the socket's remote address once more when it
//   connects. Only public unicast addresses pass (address-policy.ts) unless `allowPrivateNetwork`
//   is set (development and tests, where partner sites run on 127.0.0.1);
// - every failure reads the same to the partner: "the address is not allowed" for the policy,
//   "could not be fetched" for anything the network did (refused, reset, timed out, not found),
//   so a partner cannot map the store's network by which ports answer or how;
// - one deadline for the whole exchange, and at most `maxBytes` of body read (a lying or absent
//   Content-Length cannot get past it); redirects are returned, never followed here.
// It lives at the edge: core declares the fetcher ports (PartnerContentFetcher, RingPageFetcher)
// and makes no network calls; the fetchers in this folder implement them with this GET.
import dns from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import { isPublicAddress } from './address-policy.ts';

export interface GuardedGetOptions {
  /** Epoch ms by which the response must be complete. */
  deadline: number;
  maxBytes: number;
  allowPrivateNetwork: boolean;
  headers: Record<string, string>;
}

export interface GuardedResponse {
  status: number;
  /** The Location header of a redirect, resolved against the request URL. */
  redirectTo: string | null;
  contentType: string;
  /** At most `maxBytes`. */
  body: Buffer;
  /** True when the server had more than `maxBytes` to send. */
  overflowed: boolean;
}

/** Why a fetch was not made or did not complete; the message is fit to show to the partner. */
export class OutboundRefused extends Error {}

/** The one reason given for an address the policy refuses, whichever address and port it was. */
export const ADDRESS_NOT_ALLOWED = 'the address is not allowed';
/** The one reason given for any network failure; the detail stays in `cause`, for the server log. */
export const COULD_NOT_FETCH = 'could not be fetched';

const notAllowed = () => new OutboundRefused(ADDRESS_NOT_ALLOWED);

function guardedLookup(allowPrivateNetwork: boolean): net.LookupFunction {
  return (hostname, lookupOptions, callback) => {
    dns.lookup(hostname, { ...lookupOptions, all: true }, (error, addresses) => {
      if (error) return callback(error, '', 0);
      const list = addresses as dns.LookupAddress[];
      // One non-public answer refuses them all: the socket may try any of them (happy eyeballs).
      if (!allowPrivateNetwork && !list.every((a) => isPublicAddress(a.address))) return callback(notAllowed(), '', 0);
      if (lookupOptions.all) return (callback as unknown as (e: null, a: dns.LookupAddress[]) => void)(null, list);
      const first = list[0]!;
      callback(null, first.address, first.family);
    });
  };
}

/** Checks what can be checked before connecting; throws OutboundRefused. */
function assertFetchable(url: URL, allowPrivateNetwork: boolean): void {
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new OutboundRefused('only http and https addresses are fetched');
  if (url.username || url.password) throw new OutboundRefused('URLs with credentials are not fetched');
  // The URL parser has already turned odd IPv4 spellings (2130706433, 0x7f.1, 127.1) into dotted form.
  const literal = url.hostname.replace(/^\[|\]$/g, '');
  if (net.isIP(literal) && !allowPrivateNetwork && !isPublicAddress(literal)) throw notAllowed();
}

/** One GET of `url` under the policy above; rejects only with OutboundRefused. */
export async function guardedGet(url: URL, options: GuardedGetOptions): Promise<GuardedResponse> {
  assertFetchable(url, options.allowPrivateNetwork);
  return new Promise((resolve, reject) => {
    let settled = false;
    let timedOut = false;
    const settle = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      outcome();
    };
    const client = url.protocol === 'https:' ? https : http;
    const timeoutMs = Math.max(1, options.deadline - Date.now());
    const failed = (cause: unknown) => (cause instanceof OutboundRefused ? cause : new OutboundRefused(COULD_NOT_FETCH, { cause }));
    // A socket of its own (no agent pool): a connection is never shared with a fetch made under another policy.
    const request = client.get(url, { agent: false, lookup: guardedLookup(options.allowPrivateNetwork), headers: options.headers }, (response) => {
      const status = response.statusCode ?? 0;
      const contentType = String(response.headers['content-type'] ?? '');
      const location = response.headers.location;
      if (status >= 300 && status < 400 && location) {
        response.resume();
        return settle(() => resolve({ status, redirectTo: new URL(location, url).href, contentType, body: Buffer.alloc(0), overflowed: false }));
      }
      const chunks: Buffer[] = [];
      let size = 0;
      let overflowed = Number(response.headers['content-length'] ?? 0) > options.maxBytes;
      const done = () => settle(() => resolve({ status, redirectTo: null, contentType, body: Buffer.concat(chunks).subarray(0, options.maxBytes), overflowed }));
      response.on('data', (chunk: Buffer) => {
        chunks.push(chunk);
        size += chunk.length;
        // A declared size over the limit is believed; the first maxBytes are still kept.
        if (size > options.maxBytes || (overflowed && size >= options.maxBytes)) {
          overflowed = true;
          done();
          response.destroy();
        }
      });
      response.on('end', done);
      response.on('error', () => undefined); // reported by 'close'
      response.on('close', () => {
        if (response.complete) return done();
        settle(() => reject(failed(new Error(timedOut ? `timed out after ${timeoutMs} ms` : 'closed before the response was complete'))));
      });
    });
    // The deadline covers connecting, waiting and reading, not just an idle socket.
    const timer = setTimeout(() => {
      timedOut = true;
      request.destroy(new Error(`timed out after ${timeoutMs} ms`));
    }, timeoutMs);
    // The last word on where the socket went, whatever resolved or skipped resolving the name.
    request.on('socket', (socket) => {
      socket.once('connect', () => {
        if (!options.allowPrivateNetwork && !isPublicAddress(socket.remoteAddress ?? '')) request.destroy(notAllowed());
      });
    });
    request.on('error', (error) => settle(() => reject(failed(error))));
  });
}
