// The offers (price comparison) context's only public door.
export { bestOffersFor, type BestOffersOptions } from './best-offers.ts';
export { createOffersService, type OffersService, type OffersServiceOptions } from './offers-service.ts';
export { proposeReaction, DEFAULT_FLOOR_BPS } from './react-proposal.ts';
export type { RecentRevenue } from './undercut-report.ts';
export { importOfferFeed, type ImportFeedCommand, type ImportFeedOptions } from './import-feed.ts';
export { matchOffers, METHOD_CONFIDENCE, type MatchableOffer, type MatchOptions, type OfferMatch } from './match-offers.ts';
export { readFeed, type ReadFeedResult } from './read-feed.ts';
export { parseCsv, type CsvRecord } from '../shared/index.ts';
export type * from './types.ts';
export { OFFER_FEED_JOB, queueDueOfferFeeds } from './feed-schedules.ts';
export { offerFeedJobHandlers, fetchScheduledFeed, MAX_SCHEDULED_FEED_BYTES, type OfferFeedFetcher, type OfferFeedJobOptions } from './fetch-scheduled-feed.ts';
