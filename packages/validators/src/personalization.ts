// Inputs of behaviour recording, recommendations and privacy choices.
import { z } from 'zod';
import { line, multiline } from './text.ts';
import { EntityId } from './accounts.ts';
import { wholeNumber } from './numbers.ts';

/** The random first-party id a front end keeps for an anonymous visitor (e.g. a UUID). */
export const VisitorId = line().trim().regex(/^[A-Za-z0-9_-]{16,64}$/, 'A visitor id is 16–64 letters, digits, - or _');

// What a front end may report. Not purchases: a purchase is a paid order, which the server
// records itself (personalization reads it from the orders), so a client cannot claim one and
// tilt "bought together" for every shopper.
const PRODUCT_EVENTS = ['VIEW', 'ADD_TO_CART', 'CONFIGURATOR', 'WIDGET_CLICK'] as const;

export const BehaviourEventInput = z
  .object({
    type: z.enum([...PRODUCT_EVENTS, 'SEARCH'], { error: 'Events are VIEW, ADD_TO_CART, CONFIGURATOR, WIDGET_CLICK or SEARCH (purchases come from paid orders)' }),
    productId: EntityId.optional(),
    query: line().trim().min(1).max(200).optional(),
    resultCount: z.number().int().min(0).max(1_000_000).optional(),
    quantity: z.number().int().min(1).max(999).optional(),
  })
  .refine((event) => event.type !== 'SEARCH' || event.query !== undefined, { message: 'A search event needs its query', path: ['query'] })
  .refine((event) => event.type === 'SEARCH' || event.productId !== undefined, { message: 'This event needs the product id', path: ['productId'] });

export const RecordEventsInput = z.object({
  visitorId: VisitorId.optional(),
  /** The visitor's tracking choice; without it nothing personal is kept. */
  consent: z.boolean(),
  events: z.array(BehaviourEventInput).min(1).max(20, 'Send at most 20 events at once'),
});
export type RecordEventsInput = z.output<typeof RecordEventsInput>;

const Limit = (fallback: number) => z.number().int().min(1).max(24).default(fallback);

export const ForYouInput = z.object({ visitorId: VisitorId.optional(), limit: Limit(8) });
export const ProductRecommendationsInput = z.object({ productId: EntityId, limit: Limit(4) });
export const CartRecommendationsInput = z.object({ productIds: z.array(EntityId).max(50), limit: Limit(4) });
/** "You might also like" after a purchase: the customer's own order. */
export const OrderRecommendationsInput = z.object({ orderId: EntityId, limit: Limit(4) });
/** "Why these?": the shopper's own signals (their visitor id, or their account when signed in). */
export const SignalsInput = z.object({ visitorId: VisitorId.optional() });
/** Takes one product out of the shopper's signals. */
export const ForgetSignalInput = z.object({ visitorId: VisitorId.optional(), productId: EntityId });
export const PopularInput = z.object({
  /** `all`, or a category path: `bikes/road`. */
  category: line().trim().max(200).optional(),
  list: z.enum(['popular', 'trending']).default('popular'),
  limit: Limit(8),
});
export const ClaimVisitorInput = z.object({ visitorId: VisitorId });

export const ConsentInput = z.object({ tracking: z.boolean().optional(), marketing: z.boolean().optional() });
export const DeleteBehaviourInput = z.object({ visitorId: VisitorId.optional() });

/** A newsletter period, e.g. `2026-W48`: each customer gets one digest per period. */
export const DigestPeriodInput = z.object({ period: line().trim().regex(/^[\w-]{4,20}$/, 'A period is 4–20 letters, digits, - or _, e.g. 2026-W48') });

const Ref = (what: string) => line().trim().min(1, `The ${what} is missing`).max(200, `The ${what} is too long`);
const Timestamp = line()
  .trim()
  .min(1, 'The timestamp is missing')
  .refine((value) => !Number.isNaN(Date.parse(value)), 'The timestamp is not a date; use ISO 8601, e.g. 2025-03-14T09:30:00Z')
  .transform((value) => new Date(value));
const Quantity = z.coerce.number({ error: 'The quantity is not a number' }).int('The quantity must be a whole number').min(1, 'The quantity must be at least 1').max(10_000, 'The quantity is at most 10,000');

/** One line of a historical order, from the previous shop's export. */
export const HistoricalOrderRow = z.object({
  customer: Ref('customer id'),
  order: line().trim().max(200).optional(),
  product: Ref('product id or SKU'),
  quantity: Quantity,
  /** The unit price as a decimal in the currency's major unit: `12.99`. */
  price: line().trim().regex(/^\d{1,9}(\.\d{1,2})?$/, 'The price must look like 12.99 (no currency sign, a dot for decimals)'),
  currency: line().trim().toUpperCase().regex(/^[A-Z]{3}$/, 'The currency must be a three-letter ISO code such as EUR'),
  timestamp: Timestamp,
});
export type HistoricalOrderRow = z.output<typeof HistoricalOrderRow>;

/** One behaviour event from the previous shop's analytics export. */
export const HistoricalEventRow = z.object({
  customer: Ref('customer id'),
  product: Ref('product id or SKU'),
  event: z.enum(['view', 'add_to_cart', 'purchase'], { error: 'The event must be view, add_to_cart or purchase' }),
  quantity: Quantity.optional(),
  timestamp: Timestamp,
});
export type HistoricalEventRow = z.output<typeof HistoricalEventRow>;

export const ImportHistoryInput = z.object({
  kind: z.enum(['orders', 'events']),
  /** The CSV text; at most 50 MB (split larger exports). */
  text: multiline().min(1, 'The file is empty').max(50_000_000, 'Files are at most 50 MB; split larger exports'),
});

/** One segments recompute run, for its progress. */
export const SegmentRunInput = z.object({ id: EntityId });

/** How far back the segment size history reaches, in days. */
export const SegmentHistoryInput = z.object({ days: wholeNumber().min(1, 'At least one day').max(730, 'At most two years').default(30) });

/** One page of a segment's customers. */
export const SegmentMembersInput = z.object({
  segment: line().trim().regex(/^[a-z_]{1,40}$/, 'A segment key is lower-case letters and _'),
  page: wholeNumber().min(1, 'Pages start at 1').max(100_000).default(1),
  pageSize: wholeNumber().min(1).max(200, 'At most 200 a page').default(50),
});
