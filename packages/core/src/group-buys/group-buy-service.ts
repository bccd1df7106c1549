// Group buys for shoppers, bound to one database, payment provider and clock: the deal page,
// the deals of a product, joining (an authorised order) and leaving. The staff's side is separate.
import type { PrismaClient } from '@tandem/db';
import type { PaymentProvider } from '@tandem/payments';
import type { Clock } from '../shared/index.ts';
import { groupBuyPage, groupBuysForProduct } from './group-buy-views.ts';
import { joinGroupBuy, type JoinGroupBuyInput } from './join-group-buy.ts';
import { leaveGroupBuy } from './leave-group-buy.ts';

export interface GroupBuyServiceOptions {
  /** The provider joins are authorised through and leaves released through. */
  payments: PaymentProvider;
  /** Where the views and leaving read the time (the deal's deadline). */
  clock: Clock;
}

/**
 * @example
 * const groupBuys = createGroupBuyService(prisma, { payments, clock: systemClock });
 * await groupBuys.page('cargo-bike-autumn', customer?.id ?? null);
 */
export function createGroupBuyService(prisma: PrismaClient, options: GroupBuyServiceOptions) {
  const { payments, clock } = options;
  return {
    /** The ladder, participants, price now and next, time left, and the shopper's own place. */
    page: (slug: string, customerId: string | null) => groupBuyPage(prisma, slug, customerId, clock.now()),
    forProduct: (productId: string) => groupBuysForProduct(prisma, productId, clock.now()),
    /** Places the order at the current tier and authorises its payment; the same key answers with the same order. */
    join: (input: JoinGroupBuyInput) => joinGroupBuy(prisma, payments, input),
    /** Leaves before the deadline: the order is cancelled and the authorisation released. */
    leave: (customerId: string, slug: string) => leaveGroupBuy(prisma, payments, { customerId, slug }, clock.now()),
  };
}

export type GroupBuyService = ReturnType<typeof createGroupBuyService>;
