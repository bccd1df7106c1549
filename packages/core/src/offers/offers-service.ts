import type { PrismaClient } from '@tandem/db';
import { bestOffersFor } from './best-offers.ts';
import { compareProductPrices } from './compare-prices.ts';
import { importOfferFeed, type ImportFeedCommand } from './import-feed.ts';
import { listFeedImports } from './import-report.ts';
import type { MatchOptions } from './match-offers.ts';
import { confirmOfferMatch, rejectOfferMatch, reviewQueue, type ConfirmMatchCommand } from './review-queue.ts';
import { listOfferSources } from './offer-sources.ts';
import { fetchOfferFeedNow, listOfferFeedSchedules, removeOfferFeedSchedule, setOfferFeedSchedule } from './feed-schedules.ts';
import { undercutReport, type RecentRevenue } from './undercut-report.ts';
import { findRuleTargets } from '../pricing/index.ts';
import type { StaffActor } from '../staff/index.ts';

export interface OffersServiceOptions extends MatchOptions {
  /** The country whose shipping prices are compared (feeds' and the store's). Default NL. */
  country?: string;
  /** The store's name in compare-prices tables. */
  storeName?: string;
  /** Revenue per product in recent paid orders, for the undercut report's revenue at risk. */
  recentRevenue?: RecentRevenue;
  now?: () => Date;
}

/**
 * Price comparison bound to one database and one comparison country.
 *
 * @example const offers = createOffersService(prisma, { country: 'NL' }); await offers.forProduct('vector-cassette')
 */
export function createOffersService(prisma: PrismaClient, options: OffersServiceOptions = {}) {
  const country = options.country ?? 'NL';
  return {
    forProduct: (slug: string) => compareProductPrices(prisma, slug, { country, ...(options.storeName ? { storeName: options.storeName } : {}) }),
    bestFor: (productIds: readonly string[]) => bestOffersFor(prisma, productIds, { country }),
    /** `actor`: the staff member importing, for the audit log. */
    importFeed: (command: ImportFeedCommand, actor?: StaffActor) => importOfferFeed(prisma, command, { ...options, country, ...(actor ? { actor } : {}) }),
    imports: (limit: number) => listFeedImports(prisma, limit),
    reviewQueue: (limit: number) => reviewQueue(prisma, limit),
    confirmMatch: (actor: StaffActor, command: ConfirmMatchCommand) => confirmOfferMatch(prisma, actor, command),
    rejectMatch: (actor: StaffActor, offerId: string) => rejectOfferMatch(prisma, actor, offerId),
    sources: () => listOfferSources(prisma),
    /** Feeds fetched by URL on a schedule, with their state and last outcome. */
    feedSchedules: () => listOfferFeedSchedules(prisma),
    setFeedSchedule: (actor: StaffActor, command: Parameters<typeof setOfferFeedSchedule>[2]) => setOfferFeedSchedule(prisma, actor, command, options.now?.()),
    removeFeedSchedule: (actor: StaffActor, sourceSlug: string) => removeOfferFeedSchedule(prisma, actor, sourceSlug),
    /** Queues a fetch now; `queued: false` when one is already queued or under way. */
    fetchFeedNow: (sourceSlug: string) => fetchOfferFeedNow(prisma, sourceSlug, options.now?.()),
    /** Products (with their variants) an offer can be matched to, by title, slug or SKU, for the review queue's picker. */
    matchTargets: (query: string, limit?: number) => findRuleTargets(prisma, query, limit),
    /** `floorBps`: the proposals' floor as a share of the catalog price (default 70%). */
    undercut: (limit: number, floorBps?: number) =>
      undercutReport(prisma, {
        country, limit,
        ...(floorBps === undefined ? {} : { floorBps }),
        ...(options.recentRevenue ? { recentRevenue: options.recentRevenue } : {}),
        ...(options.now ? { now: options.now } : {}),
      }),
  };
}

export type OffersService = ReturnType<typeof createOffersService>;
