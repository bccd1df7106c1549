// Inputs of partner content: items a partner shows on the store (portal form or JSON feed),
// their review by staff, and the storefront's reads and outbound clicks.
import { z } from 'zod';
import { line, multiline } from './text.ts';
import { CurrencyCode, MinorAmount, Slug } from './catalog.ts';
import { parseFeedMoney } from './feed-money.ts';

const Id = line().trim().min(1).max(64);
/** Only http(s): an item's link is where /out/<id> sends shoppers. */
export const PartnerLinkUrl = line().max(2_000).pipe(z.url({ protocol: /^https?$/, error: 'Use an http(s) address' }));
const Keyword = line().trim().toLowerCase().min(2).max(40).regex(/^[\p{L}\p{N}][\p{L}\p{N}-]*$/u, 'A keyword is one word (letters, digits, dashes)');

/** The fields a partner fills in for one item. */
export const PartnerItemFields = z.object({
  title: line().trim().min(1, 'Give the item a title').max(120),
  description: multiline().trim().max(2_000).default(''),
  priceAmount: MinorAmount,
  currency: CurrencyCode,
  url: PartnerLinkUrl,
  /** Store category slugs the item relates to. */
  categories: z.array(Slug).max(10).default([]),
  keywords: z.array(Keyword).max(20).default([]),
});
export type PartnerItemFields = z.output<typeof PartnerItemFields>;

/** An uploaded image: PNG, JPEG or WebP, at most 2 MB (base64 in the request). */
export const PartnerImageUpload = z.object({
  contentType: z.enum(['image/png', 'image/jpeg', 'image/webp']),
  base64: line().max(2_800_000, 'Images are at most 2 MB').regex(/^[A-Za-z0-9+/]*={0,2}$/, 'Not base64'),
});

export const SavePartnerItemInput = PartnerItemFields.extend({
  /** Set to change an item; absent to add one. */
  id: Id.optional(),
  /**
   * For a new item: a key made once per form (e.g. 32 random bytes, base64url). Saving again with
   * the same key — a double click, a retried request — returns the first item instead of adding one.
   */
  createKey: line().trim().min(16, 'The form key is too short').max(64).regex(/^[A-Za-z0-9_-]+$/, 'Not a form key').optional(),
  image: PartnerImageUpload.optional(),
});
export type SavePartnerItemInput = z.input<typeof SavePartnerItemInput>;

export const PartnerItemIdInput = z.object({ itemId: Id });
export const SetPartnerFeedInput = z.object({ url: PartnerLinkUrl.nullable() });

export const ReviewPartnerItemInput = z.object({
  itemId: Id,
  decision: z.enum(['APPROVED', 'REJECTED']),
  note: multiline().trim().max(500).optional(),
});
export type ReviewPartnerItemInput = z.infer<typeof ReviewPartnerItemInput>;

export const PartnerContentForProductInput = z.object({ productId: Id, limit: z.number().int().min(1).max(6).default(3) });
export const PartnerContentForCategoryInput = z.object({ categorySlug: Slug, limit: z.number().int().min(1).max(6).default(3) });

/** One item of a partner's JSON feed, as the store reads it (Google-like field names). */
export const partnerFeedItem = z
  .object({
    id: line().trim().min(1).max(100),
    title: line().trim().min(1).max(120),
    description: multiline().trim().max(2_000).default(''),
    price: line().trim().min(1),
    link: PartnerLinkUrl,
    image_link: PartnerLinkUrl.optional(),
    categories: z.array(Slug).max(10).default([]),
    keywords: z.array(Keyword).max(20).default([]),
  })
  .transform((item, ctx) => {
    const price = parseFeedMoney(item.price);
    if (typeof price === 'string') {
      ctx.addIssue({ code: 'custom', path: ['price'], message: price });
      return z.NEVER;
    }
    return { ...item, priceAmount: price.amount, currency: price.currency };
  });
export type PartnerFeedItem = z.output<typeof partnerFeedItem>;

export const PartnerStatsInput = z.object({ days: z.number().int().min(1).max(365).default(30) });
export const PartnerItemQueueInput = z.object({ status: z.enum(['PENDING', 'APPROVED', 'REJECTED']).default('PENDING') });
