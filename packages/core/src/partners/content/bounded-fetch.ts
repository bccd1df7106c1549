// Fetching partners' feeds and images, bounded: the partners' guarded GET (a deadline for the
// whole response, a byte limit read as the body streams, only http(s), by default no addresses
// on the store's own network, checked at connect time), no redirects, and only a 2xx counts.
import { guardedGet, OutboundRefused } from '../outbound/guarded-get.ts';

export interface FetchLimits {
  timeoutMs: number;
  maxBytes: number;
  /** Allow loopback and private addresses (development and tests only). */
  allowPrivateHosts?: boolean;
}

/** The body (at most `maxBytes`) and content type of `url`, or an error saying why not. */
export async function boundedFetch(raw: string, limits: FetchLimits): Promise<{ bytes: Uint8Array; contentType: string }> {
  const url = new URL(raw);
  const response = await guardedGet(url, {
    deadline: Date.now() + limits.timeoutMs,
    maxBytes: limits.maxBytes,
    allowPrivateNetwork: limits.allowPrivateHosts ?? false,
    headers: { 'user-agent': 'TandemPartnerContent/1' },
  });
  if (response.redirectTo) throw new OutboundRefused(`${url.host} redirected; give the final address`);
  if (response.status < 200 || response.status >= 300) throw new OutboundRefused(`${url.host} answered ${response.status}`);
  if (response.overflowed) throw new OutboundRefused(`Larger than ${limits.maxBytes} bytes`);
  return { bytes: new Uint8Array(response.body), contentType: response.contentType };
}
