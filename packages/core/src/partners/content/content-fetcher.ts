// The port through which partners' feeds and images are downloaded. Core makes no network calls
// of its own: the composition root builds the fetcher (apps/api: the guarded GET, with the store's
// SSRF policy, deadline and size limit) and hands it to the feed import and the feed job.

/** What one fetch returned: a 2xx body of at most the asked-for size, and its content type. */
export interface FetchedContent {
  bytes: Uint8Array;
  contentType: string;
}

/**
 * Downloads `url`, reading at most `maxBytes`. Rejects, with a message fit to show to the partner,
 * when the address is refused, the server fails or redirects, or the body is larger than `maxBytes`.
 *
 * @example
 * const { bytes } = await fetchContent(feed.url, MAX_FEED_BYTES);
 */
export type PartnerContentFetcher = (url: string, maxBytes: number) => Promise<FetchedContent>;
