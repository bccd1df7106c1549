// Fetching partners' feeds and images for core's PartnerContentFetcher port, bounded: the guarded
// GET (a deadline for the whole response, a byte limit read as the body streams, only http(s), by
// default no addresses on the store's own network, checked at connect time), no redirects, and
// only a 2xx counts.
import type { PartnerContentFetcher } from '@tandem/core/partners';
import { guardedGet, OutboundRefused } from './guarded-get.ts';

export interface PartnerContentFetcherOptions {
  /** The whole exchange, connecting to last byte; 10 s when absent. */
  timeoutMs?: number;
  /** Allow loopback and private addresses (development and tests only). */
  allowPrivateHosts?: boolean;
}

const HEADERS = { 'user-agent': 'TandemPartnerContent/1' };

/**
 * The fetcher the partner feed job and feed import download through.
 *
 * @example
 * partnerFeedJobHandlers(prisma, { mediaDir, fetchContent: createPartnerContentFetcher({ allowPrivateHosts: false }) });
 */
export function createPartnerContentFetcher(options: PartnerContentFetcherOptions = {}): PartnerContentFetcher {
  const timeoutMs = options.timeoutMs ?? 10_000;
  const allowPrivateNetwork = options.allowPrivateHosts ?? false;
  return async (raw, maxBytes) => {
    const url = new URL(raw);
    const response = await guardedGet(url, { deadline: Date.now() + timeoutMs, maxBytes, allowPrivateNetwork, headers: HEADERS });
    if (response.redirectTo) throw new OutboundRefused(`${url.host} redirected; give the final address`);
    if (response.status < 200 || response.status >= 300) throw new OutboundRefused(`${url.host} answered ${response.status}`);
    if (response.overflowed) throw new OutboundRefused(`Larger than ${maxBytes} bytes`);
    return { bytes: new Uint8Array(response.body), contentType: response.contentType };
  };
}
