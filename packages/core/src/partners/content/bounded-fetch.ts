// Fetching from partners' servers, bounded: a deadline for the whole response, a byte limit
// read as the body streams (a lying Content-Length cannot get past it), only http(s), no
// redirects to follow blindly, and by default no addresses on the store's own network.
import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';

export interface FetchLimits {
  timeoutMs: number;
  maxBytes: number;
  /** Allow loopback and private addresses (development and tests only). */
  allowPrivateHosts?: boolean;
}

export class FetchRefused extends Error {}

const PRIVATE_V4 = [/^127\./, /^10\./, /^192\.168\./, /^172\.(1[6-9]|2\d|3[01])\./, /^169\.254\./, /^0\./, /^100\.(6[4-9]|[7-9]\d|1[01]\d|12[0-7])\./];
const isPrivate = (ip: string) => (isIP(ip) === 6 ? /^(::1$|::$|f[cd]|fe80|::ffff:(127|10|192\.168)\.)/i.test(ip) : PRIVATE_V4.some((r) => r.test(ip)));

async function assertPublic(url: URL): Promise<void> {
  const host = url.hostname.replace(/^\[|\]$/g, '');
  const addresses = isIP(host) ? [host] : (await lookup(host, { all: true })).map((a) => a.address);
  if (addresses.some(isPrivate)) throw new FetchRefused(`${url.hostname} is not a public address`);
}

/** The body (at most `maxBytes`) and content type of `url`, or an error saying why not. */
export async function boundedFetch(raw: string, limits: FetchLimits): Promise<{ bytes: Uint8Array; contentType: string }> {
  const url = new URL(raw);
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new FetchRefused('Only http(s) addresses are fetched');
  if (!limits.allowPrivateHosts) await assertPublic(url);
  const signal = AbortSignal.timeout(limits.timeoutMs);
  const response = await fetch(url, { signal, redirect: 'error', headers: { 'user-agent': 'TandemPartnerContent/1' } });
  if (!response.ok) throw new FetchRefused(`${url.host} answered ${response.status}`);
  if (Number(response.headers.get('content-length') ?? 0) > limits.maxBytes) throw new FetchRefused(`Larger than ${limits.maxBytes} bytes`);
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of response.body ?? []) {
    size += chunk.byteLength;
    if (size > limits.maxBytes) {
      await response.body?.cancel().catch(() => undefined);
      throw new FetchRefused(`Larger than ${limits.maxBytes} bytes`);
    }
    chunks.push(chunk);
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    bytes.set(c, at);
    at += c.byteLength;
  }
  return { bytes, contentType: response.headers.get('content-type') ?? '' };
}
