// One GET to a partner's server, with the policy that keeps outbound fetches from being turned
// against the store's own network (SSRF) or its memory:
// - only http: and https: URLs, without credentials;
// - every address the host name resolves to is checked in the socket's `lookup` hook, so the
//   address checked is the address connected to (a DNS answer cannot change in between, as it
//   can when a name is resolved once to check and again to connect); address literals, which
//   never reach the hook, are checked up front. Loopback, private, link-local, carrier-grade
//   NAT, multicast and unspecified addresses are refused unless `allowPrivateNetwork` is set
//   (development and tests, where partner sites run on 127.0.0.1);
// - one deadline for the whole exchange, and at most `maxBytes` of body read (a lying or absent
//   Content-Length cannot get past it); redirects are returned, never followed here.
// It lives at the edge: core declares the fetcher ports (PartnerContentFetcher, RingPageFetcher)
// and makes no network calls; the fetchers in this folder implement them with this GET.
import dns from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';

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

/** True for addresses a partner's server must never be reached at (unless private ones are allowed). */
export function isPrivateAddress(address: string): boolean {
  const mapped = address.toLowerCase().startsWith('::ffff:') ? address.slice(7) : address;
  if (net.isIPv4(mapped)) {
    const [a = 0, b = 0] = mapped.split('.').map(Number);
    return a === 0 || a === 10 || a === 127 || (a === 100 && b >= 64 && b <= 127) || (a === 169 && b === 254) || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168) || a >= 224;
  }
  const v6 = mapped.toLowerCase();
  return v6 === '::' || v6 === '::1' || /^f[cd]/.test(v6) || /^fe[89ab]/.test(v6) || v6.startsWith('ff');
}

function guardedLookup(allowPrivateNetwork: boolean): net.LookupFunction {
  return (hostname, lookupOptions, callback) => {
    dns.lookup(hostname, { ...lookupOptions, all: true }, (error, addresses) => {
      if (error) return callback(error, '', 0);
      const list = addresses as dns.LookupAddress[];
      const refused = list.find((a) => isPrivateAddress(a.address));
      if (refused && !allowPrivateNetwork) return callback(new OutboundRefused(`refused to fetch from the private address ${refused.address}`), '', 0);
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
  const literal = url.hostname.replace(/^\[|\]$/g, '');
  if (net.isIP(literal) && isPrivateAddress(literal) && !allowPrivateNetwork) throw new OutboundRefused(`refused to fetch from the private address ${literal}`);
}

/** One GET of `url` under the policy above; rejects with OutboundRefused or the network error. */
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
    const timeout = () => new OutboundRefused(`timed out after ${timeoutMs} ms`);
    const request = client.get(url, { lookup: guardedLookup(options.allowPrivateNetwork), headers: options.headers }, (response) => {
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
        settle(() => reject(timedOut ? timeout() : new OutboundRefused('the connection closed before the response was complete')));
      });
    });
    // The deadline covers connecting, waiting and reading, not just an idle socket.
    const timer = setTimeout(() => {
      timedOut = true;
      request.destroy(timeout());
    }, timeoutMs);
    request.on('error', (error) => settle(() => reject(error)));
  });
}
