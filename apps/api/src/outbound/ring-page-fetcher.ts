// Fetches ring members' pages for core's RingPageFetcher port (the health check) through the guarded GET (no
// private addresses unless `allowPrivateNetwork`, addresses checked at connect time, one
// deadline, a size limit), following at most 3 redirects, each checked the same way. No cookies
// or credentials are sent; only the first `maxBytes` of a page are read.
import type { RingPageFetcher } from '@tandem/core/partners';
import { COULD_NOT_FETCH, guardedGet, OutboundRefused } from './guarded-get.ts';

export interface RingPageFetcherOptions {
  timeoutMs?: number;
  maxBytes?: number;
  allowPrivateNetwork?: boolean;
}

const MAX_REDIRECTS = 3;
const HEADERS = { 'User-Agent': 'TandemRingCheck/1 (+web ring health check)', Accept: 'text/html' };

export function createRingPageFetcher(options: RingPageFetcherOptions = {}): RingPageFetcher {
  const timeoutMs = options.timeoutMs ?? 5_000;
  const maxBytes = options.maxBytes ?? 256 * 1024;
  const allowPrivateNetwork = options.allowPrivateNetwork ?? false;
  return async (pageUrl) => {
    const deadline = Date.now() + timeoutMs;
    let url: URL;
    try {
      url = new URL(pageUrl);
    } catch {
      return { ok: false, error: 'not a valid URL' };
    }
    try {
      for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
        const response = await guardedGet(url, { deadline, maxBytes, allowPrivateNetwork, headers: HEADERS });
        if (!response.redirectTo) return { ok: true, status: response.status, body: response.body.toString('utf8') };
        url = new URL(response.redirectTo);
      }
      return { ok: false, error: `more than ${MAX_REDIRECTS} redirects` };
    } catch (error) {
      // The reason becomes the member's health record: only the policy's own generic messages.
      return { ok: false, error: error instanceof OutboundRefused ? error.message : COULD_NOT_FETCH };
    }
  };
}
