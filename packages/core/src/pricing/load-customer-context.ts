import type { Prisma, PrismaClient } from '@tandem/db';
import type { CustomerContext } from './types.ts';

type Db = PrismaClient | Prisma.TransactionClient;

/**
 * Reads a customer's segment keys. Personalization owns segments and sits above pricing, so a
 * caller above both passes its lookup in, e.g. `(id) => segmentKeysOf(db, id)`.
 */
export type SegmentLookup = (customerId: string) => Promise<readonly string[]>;

/**
 * What other contexts may know about the shopper and pass in (segments from personalization,
 * the referring partner from affiliate tracking). Unknown facts stay empty.
 *
 * @example { segmentKeysOf: (id) => segmentKeysOf(prisma, id), referringPartnerId: 'partner_1' }
 */
export interface CustomerHints {
  /** The shopper's segments, when the caller already knows them. */
  segmentKeys?: readonly string[];
  /** Where to read the segments otherwise; called only when a loaded promotion targets a segment. */
  segmentKeysOf?: SegmentLookup;
  referringPartnerId?: string | null;
}

/** Which facts to read; a fact not asked for keeps a neutral value. */
export interface CustomerFactsNeeded {
  group: boolean;
  firstOrder: boolean;
  redemptions: boolean;
  /** The customer's segment, read through `hints.segmentKeysOf` when no hint gave it. */
  segments?: boolean;
}

const everything: CustomerFactsNeeded = { group: true, firstOrder: true, redemptions: true, segments: true };

/** The shopper as the engine sees them: group, first order or not, live redemptions per promotion. */
export async function loadCustomerContext(db: Db, customerId: string | null, hints: CustomerHints = {}, needs = everything): Promise<CustomerContext> {
  const base = { segmentKeys: hints.segmentKeys ?? [], referringPartnerId: hints.referringPartnerId ?? null };
  if (!customerId) return { customerId: null, group: 'CONSUMER', isFirstOrder: true, redemptions: {}, ...base };
  if (!hints.segmentKeys && hints.segmentKeysOf && needs.segments) base.segmentKeys = await hints.segmentKeysOf(customerId);
  const customer = needs.group ? await db.customer.findUnique({ where: { id: customerId }, select: { customerGroup: true } }) : null;
  const orders = needs.firstOrder ? await db.order.count({ where: { customerId, status: { not: 'CANCELLED' } } }) : 1;
  const used = needs.redemptions
    ? await db.promotionRedemption.groupBy({ by: ['promotionId'], where: { customerId, releasedAt: null }, _count: { _all: true } })
    : [];
  return {
    customerId,
    group: customer?.customerGroup ?? 'CONSUMER',
    isFirstOrder: orders === 0,
    redemptions: Object.fromEntries(used.map((u) => [u.promotionId, u._count._all])),
    ...base,
  };
}
