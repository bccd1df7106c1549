// Marketing's side of group buys, bound to one database and the clock: create deals, watch
// their participants and tier, and close or cancel them early. Every change is audited.
import type { PrismaClient } from '@tandem/db';
import type { GroupBuyInput } from '@tandem/validators';
import { systemClock, type Clock } from '../shared/index.ts';
import type { StaffActor } from '../staff/index.ts';
import { groupBuyDetail, listGroupBuys } from './group-buy-views.ts';
import { cancelGroupBuy, closeGroupBuyNow, createGroupBuy } from './manage-group-buys.ts';

export interface GroupBuyAdminServiceOptions {
  /** Where "now" comes from (open or ended deals, deadlines); the machine's clock when absent. */
  clock?: Clock;
}

/**
 * Group buys as staff manage them.
 *
 * @example const groupBuys = createGroupBuyAdminService(db.prisma); await groupBuys.closeNow(staff, dealId)
 */
export function createGroupBuyAdminService(prisma: PrismaClient, options: GroupBuyAdminServiceOptions = {}) {
  const clock = options.clock ?? systemClock;
  return {
    list: () => listGroupBuys(prisma, clock.now()),
    detail: (id: string) => groupBuyDetail(prisma, id),
    create: (actor: StaffActor, input: GroupBuyInput) => createGroupBuy(prisma, actor, input, clock.now()),
    /** Ends the deal now; the close job captures everyone at the final tier, or releases them below the minimum. */
    closeNow: (actor: StaffActor, id: string) => closeGroupBuyNow(prisma, actor, id, clock.now()),
    cancel: (actor: StaffActor, id: string) => cancelGroupBuy(prisma, actor, id, clock.now()),
  };
}

export type GroupBuyAdminService = ReturnType<typeof createGroupBuyAdminService>;
