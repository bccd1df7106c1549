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
  /**
   * The e-mail the order goes to, when the caller knows it (checkout does once the shopper gave
   * it). A guest who already ordered with it is not on a first order.
   */
  email?: string | null;
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

/**
 * Whether any live (not cancelled) order belongs to the account or was placed with the e-mail.
 * Guest orders carry only an e-mail, so without it a guest — or an account that ordered as a
 * guest before signing up — would be "first order" forever. E-mails compare normalized.
 */
async function hasOrdered(db: Db, customerId: string | null, email: string | null): Promise<boolean> {
  const owners = [
    ...(customerId ? [{ customerId }] : []),
    ...(email ? [{ email: { equals: email.trim().toLowerCase(), mode: 'insensitive' as const } }] : []),
  ];
  if (owners.length === 0) return false;
  return (await db.order.findFirst({ where: { OR: owners, status: { not: 'CANCELLED' } }, select: { id: true } })) !== null;
}

/** The shopper as the engine sees them: group, first order or not, live redemptions per promotion. */
export async function loadCustomerContext(db: Db, customerId: string | null, hints: CustomerHints = {}, needs = everything): Promise<CustomerContext> {
  const base = { segmentKeys: hints.segmentKeys ?? [], referringPartnerId: hints.referringPartnerId ?? null };
  if (!customerId) {
    const ordered = needs.firstOrder && (await hasOrdered(db, null, hints.email ?? null));
    return { customerId: null, group: 'CONSUMER', isFirstOrder: !ordered, redemptions: {}, ...base };
  }
  if (!hints.segmentKeys && hints.segmentKeysOf && needs.segments) base.segmentKeys = await hints.segmentKeysOf(customerId);
  const customer =
    needs.group || needs.firstOrder ? await db.customer.findUnique({ where: { id: customerId }, select: { customerGroup: true, email: true } }) : null;
  const ordered = needs.firstOrder ? await hasOrdered(db, customerId, customer?.email ?? null) : true;
  const used = needs.redemptions
    ? await db.promotionRedemption.groupBy({ by: ['promotionId'], where: { customerId, releasedAt: null }, _count: { _all: true } })
    : [];
  return {
    customerId,
    group: (needs.group ? customer?.customerGroup : null) ?? 'CONSUMER',
    isFirstOrder: !ordered,
    redemptions: Object.fromEntries(used.map((u) => [u.promotionId, u._count._all])),
    ...base,
  };
}
