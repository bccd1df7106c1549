// Inputs of behaviour recording, recommendations and privacy choices.
import { z } from 'zod';
import { EntityId } from './accounts.ts';

/** The random first-party id a front end keeps for an anonymous visitor (e.g. a UUID). */
export const VisitorId = z.string().trim().regex(/^[A-Za-z0-9_-]{16,64}$/, 'A visitor id is 16–64 letters, digits, - or _');

const PRODUCT_EVENTS = ['VIEW', 'ADD_TO_CART', 'PURCHASE', 'CONFIGURATOR', 'WIDGET_CLICK'] as const;

export const BehaviourEventInput = z
  .object({
    type: z.enum([...PRODUCT_EVENTS, 'SEARCH']),
    productId: EntityId.optional(),
    query: z.string().trim().min(1).max(200).optional(),
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
export const PopularInput = z.object({
  /** `all`, or a category path: `bikes/road`. */
  category: z.string().trim().max(200).optional(),
  list: z.enum(['popular', 'trending']).default('popular'),
  limit: Limit(8),
});
export const ClaimVisitorInput = z.object({ visitorId: VisitorId });

export const ConsentInput = z.object({ tracking: z.boolean().optional(), marketing: z.boolean().optional() });
export const DeleteBehaviourInput = z.object({ visitorId: VisitorId.optional() });

/** A newsletter period, e.g. `2026-W48`: each customer gets one digest per period. */
export const DigestPeriodInput = z.object({ period: z.string().trim().regex(/^[\w-]{4,20}$/, 'A period is 4–20 letters, digits, - or _, e.g. 2026-W48') });
