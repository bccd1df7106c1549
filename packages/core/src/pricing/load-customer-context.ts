import type { Prisma, PrismaClient } from '@tandem/db';
import { segmentKeysOf } from '../personalization/index.ts';
import type { CustomerContext } from './types.ts';

type Db = PrismaClient | Prisma.TransactionClient;

/**
 * What other contexts may know about the shopper and pass in (segments from personalization,
 * the referring partner from affiliate tracking). Unknown facts stay empty.
 */
export interface CustomerHints {
  segmentKeys?: readonly string[];
  referringPartnerId?: string | null;
}

/** Which facts to read; a fact not asked for keeps a neutral value. */
export interface CustomerFactsNeeded {
  group: boolean;
  firstOrder: boolean;
  redemptions: boolean;
  /** The customer's segment (personalization), when no hint gave it. */
  segments?: boolean;
}

const everything: CustomerFactsNeeded = { group: true, firstOrder: true, redemptions: true, segments: true };

/** The shopper as the engine sees them: group, first order or not, live redemptions per promotion. */
export async function loadCustomerContext(db: Db, customerId: string | null, hints: CustomerHints = {}, needs = everything): Promise<CustomerContext> {
  const base = { segmentKeys: hints.segmentKeys ?? [], referringPartnerId: hints.referringPartnerId ?? null };
  if (!customerId) return { customerId: null, group: 'CONSUMER', isFirstOrder: true, redemptions: {}, ...base };
  if (!hints.segmentKeys && needs.segments) base.segmentKeys = await segmentKeysOf(db, customerId);
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
