// Fetches ring members' pages for the health check, with the policy that keeps it from being
// used against the store's own network (SSRF):
// - only http: and https: URLs, on the default or an explicit port;
// - every address the host name resolves to is checked at connect time (the `lookup` hook, so a
//   DNS answer cannot change between the check and the connection): loopback, private, link-local,
//   carrier-grade NAT, multicast and unspecified addresses are refused unless
//   `allowPrivateNetwork` is set (development and tests, where partner sites run on 127.0.0.1);
// - at most 3 redirects, each checked the same way; no cookies or credentials are sent;
// - a time limit for the whole fetch and a size limit: only the first `maxBytes` are read.
import dns from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import type { RingPageFetch, RingPageFetcher } from '@tandem/core/partners';

export interface RingPageFetcherOptions {
  timeoutMs?: number;
  maxBytes?: number;
  allowPrivateNetwork?: boolean;
}

const MAX_REDIRECTS = 3;

/** True for addresses a partner page must never be fetched from (unless private ones are allowed). */
export function isPrivateAddress(address: string): boolean {
  const mapped = address.toLowerCase().startsWith('::ffff:') ? address.slice(7) : address;
  if (net.isIPv4(mapped)) {
    const [a = 0, b = 0] = mapped.split('.').map(Number);
    return a === 0 || a === 10 || a === 127 || (a === 100 && b >= 64 && b <= 127) || (a === 169 && b === 254) || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168) || a >= 224;
  }
  const v6 = mapped.toLowerCase();
  return v6 === '::' || v6 === '::1' || v6.startsWith('fc') || v6.startsWith('fd') || v6.startsWith('fe8') || v6.startsWith('fe9') || v6.startsWith('fea') || v6.startsWith('feb') || v6.startsWith('ff');
}

export function createRingPageFetcher(options: RingPageFetcherOptions = {}): RingPageFetcher {
  const timeoutMs = options.timeoutMs ?? 5_000;
  const maxBytes = options.maxBytes ?? 256 * 1024;
  const guardedLookup: net.LookupFunction = (hostname, lookupOptions, callback) => {
    dns.lookup(hostname, { ...lookupOptions, all: true }, (error, addresses) => {
      if (error) return callback(error, '', 0);
      const list = addresses as dns.LookupAddress[];
      const refused = list.find((a) => isPrivateAddress(a.address));
      if (refused && !options.allowPrivateNetwork) return callback(new Error(`refused to fetch from the private address ${refused.address}`), '', 0);
      if (lookupOptions.all) return (callback as unknown as (e: null, a: dns.LookupAddress[]) => void)(null, list);
      const first = list[0]!;
      callback(null, first.address, first.family);
    });
  };

  const once = (url: URL, deadline: number): Promise<RingPageFetch | { redirect: string }> =>
    new Promise((resolve) => {
      const client = url.protocol === 'https:' ? https : http;
      const request = client.get(url, { lookup: guardedLookup, timeout: Math.max(1, deadline - Date.now()), headers: { 'User-Agent': 'TandemRingCheck/1 (+web ring health check)', Accept: 'text/html' } }, (response) => {
        const status = response.statusCode ?? 0;
        if (status >= 300 && status < 400 && response.headers.location) {
          response.resume();
          return resolve({ redirect: new URL(response.headers.location, url).href });
        }
        const chunks: Buffer[] = [];
        let size = 0;
        response.on('data', (chunk: Buffer) => {
          chunks.push(chunk);
          size += chunk.length;
          if (size >= maxBytes) response.destroy();
        });
        const done = () => resolve({ ok: true, status, body: Buffer.concat(chunks).subarray(0, maxBytes).toString('utf8') });
        response.on('end', done);
        response.on('close', done);
        response.on('error', done);
      });
      request.on('timeout', () => request.destroy(new Error(`timed out after ${timeoutMs} ms`)));
      request.on('error', (error) => resolve({ ok: false, error: error.message }));
    });

  return async (pageUrl) => {
    const deadline = Date.now() + timeoutMs;
    let url: URL;
    try {
      url = new URL(pageUrl);
    } catch {
      return { ok: false, error: 'not a valid URL' };
    }
    for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
      if (url.protocol !== 'http:' && url.protocol !== 'https:') return { ok: false, error: 'only http and https pages are checked' };
      if (url.username || url.password) return { ok: false, error: 'URLs with credentials are not fetched' };
      // Address literals never reach the lookup hook, so they are checked here.
      const literal = url.hostname.replace(/^\[|\]$/g, '');
      if (net.isIP(literal) && isPrivateAddress(literal) && !options.allowPrivateNetwork) return { ok: false, error: `refused to fetch from the private address ${literal}` };
      const result = await once(url, deadline);
      if (!('redirect' in result)) return result;
      url = new URL(result.redirect);
    }
    return { ok: false, error: `more than ${MAX_REDIRECTS} redirects` };
  };
}
