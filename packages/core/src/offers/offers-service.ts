import type { PrismaClient } from '@tandem/db';
import { bestOffersFor } from './best-offers.ts';
import { compareProductPrices } from './compare-prices.ts';
import { importOfferFeed, type ImportFeedCommand } from './import-feed.ts';
import { listFeedImports } from './import-report.ts';
import type { MatchOptions } from './match-offers.ts';
import { confirmOfferMatch, rejectOfferMatch, reviewQueue, type ConfirmMatchCommand } from './review-queue.ts';
import { undercutReport } from './undercut-report.ts';
import type { StaffActor } from '../staff/index.ts';

export interface OffersServiceOptions extends MatchOptions {
  /** The country whose shipping prices are compared (feeds' and the store's). Default NL. */
  country?: string;
  /** The store's name in compare-prices tables. */
  storeName?: string;
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
    undercut: (limit: number) => undercutReport(prisma, { country, limit }),
  };
}

export type OffersService = ReturnType<typeof createOffersService>;
