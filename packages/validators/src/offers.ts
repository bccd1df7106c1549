// Inputs of the offers (price comparison) API.
import { z } from 'zod';
import { line, multiline } from './text.ts';
import { Slug } from './catalog.ts';
import { wholeNumber } from './numbers.ts';

export * from './offer-feed-row.ts';
export { normaliseGtin, gtinCheckDigit } from './gtin.ts';
export { parseFeedMoney, parseFeedShipping, type FeedMoney } from './feed-money.ts';

const Id = line().trim().min(1).max(64);

export const OfferSourceInput = z.object({
  slug: Slug,
  name: line().trim().min(1, 'Give the source a name').max(120),
  kind: z.enum(['PARTNER', 'COMPETITOR']),
  homepageUrl: line().max(2_000).pipe(z.url({ protocol: /^https?$/, error: 'The homepage must be an http(s) URL' })),
});
export type OfferSourceInput = z.infer<typeof OfferSourceInput>;

export const ImportOfferFeedInput = z.object({
  source: OfferSourceInput,
  format: z.enum(['CSV', 'JSON']),
  /** The feed itself; at most 20 MB of text. */
  text: multiline().min(1, 'The feed is empty').max(20_000_000, 'Feeds are at most 20 MB; split larger ones'),
  /** A full feed lists every offer of the source; offers missing from it are marked removed. */
  full: z.boolean().default(true),
});
export type ImportOfferFeedInput = z.input<typeof ImportOfferFeedInput>;

export const OffersForProductInput = z.object({ slug: Slug });

export const ConfirmOfferMatchInput = z.object({
  offerId: Id,
  /** Another product than the suggested one; the suggestion when absent. */
  productId: Id.optional(),
  variantId: Id.optional(),
});

export const OfferIdInput = z.object({ offerId: Id });

export const OfferListInput = z.object({ limit: z.number().int().min(1).max(200).default(50) });

export const UndercutReportInput = OfferListInput.extend({
  /** The reaction proposals' floor: the share of the catalog price never gone below, in basis points (default 7000 = 70%). */
  floorBps: wholeNumber().multipleOf(100, 'The floor is a whole percent').min(0, 'The floor is 0% or more').max(9_900, 'The floor is at most 99%').optional(),
});

/** How often a scheduled feed may be fetched, in hours (the admin offers these). */
export const OFFER_FEED_EVERY_HOURS = [6, 12, 24, 48, 168] as const;

const EVERY_HOURS_MESSAGE = `Fetch every ${OFFER_FEED_EVERY_HOURS.join(', ')} hours`;

export const SetOfferFeedScheduleInput = z.object({
  source: OfferSourceInput,
  url: line().trim().max(2_000).pipe(z.url({ protocol: /^https?$/, error: 'The feed address must be an http(s) URL' })),
  format: z.enum(['CSV', 'JSON']),
  /** A full feed lists every offer of the source; offers missing from it are marked removed. */
  full: z.boolean().default(true),
  everyHours: wholeNumber()
    .min(OFFER_FEED_EVERY_HOURS[0], EVERY_HOURS_MESSAGE)
    .max(OFFER_FEED_EVERY_HOURS.at(-1)!, EVERY_HOURS_MESSAGE)
    .refine((h) => (OFFER_FEED_EVERY_HOURS as readonly number[]).includes(h), EVERY_HOURS_MESSAGE),
});
export type SetOfferFeedScheduleInput = z.input<typeof SetOfferFeedScheduleInput>;

export const OfferSourceSlugInput = z.object({ sourceSlug: Slug });
